using JasperFx.Events;
using Marten.Events.Aggregation;
using Reconciliation.Domain.Coverage;

namespace Reconciliation.Jobs.Workers;

/// <summary>
/// Keeps one <see cref="WorkerCoverage"/> document per worker, in the same transaction as the events. The events and
/// how each applies are the domain's (<see cref="WorkerStream"/>); the document follows every one of them, notices
/// included, since its version is what the next append expects.
/// </summary>
public sealed class WorkerCoverageProjection : SingleStreamProjection<WorkerCoverage, string>
{
    public WorkerCoverageProjection()
    {
        foreach (var type in WorkerStream.EventTypes)
            IncludeType(type);
    }

    public override WorkerCoverage Evolve(WorkerCoverage? snapshot, string id, IEvent e) =>
        WorkerStream.Evolve(snapshot, e.Data);
}
