using Marten.Events.Aggregation;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Workers;

/// <summary>Keeps one <see cref="WorkerCoverage"/> document per worker, in the same transaction as the events.</summary>
public sealed class WorkerCoverageProjection : SingleStreamProjection<WorkerCoverage, string>
{
    public static WorkerCoverage Create(WorkerEnrolled e) => WorkerCoverage.Create(e);
}
