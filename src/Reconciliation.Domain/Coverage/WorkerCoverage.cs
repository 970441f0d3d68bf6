using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The read model behind <c>GET /api/workers/{nss}/coverage</c>: one document per worker, kept up
/// to date from the worker's stream.
/// </summary>
public sealed record WorkerCoverage(
    string Id,
    CoverageStatus Status,
    string? PaidThrough,
    DateOnly EnrolledOn,
    Periodicity Periodicity)
{
    public static WorkerCoverage Create(WorkerEnrolled e) =>
        new(e.Nss.Value, CoverageStatus.Pending, null, e.EnrolledOn, e.Periodicity);
}
