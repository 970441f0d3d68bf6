using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Workers;

/// <summary>A worker's coverage as <c>GET /api/workers/{nss}/coverage</c> shows it.</summary>
public sealed record CoverageResponse(
    string Nss,
    CoverageStatus Status,
    string? PaidThrough,
    DateOnly EnrolledOn,
    Periodicity Periodicity)
{
    public static CoverageResponse From(WorkerCoverage c) => new(c.Id, c.Status, c.PaidThrough, c.EnrolledOn, c.Periodicity);
}
