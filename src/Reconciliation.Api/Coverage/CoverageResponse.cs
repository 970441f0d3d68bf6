using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Coverage;

/// <summary>A worker's coverage on a date, as <c>GET /api/workers/{nss}/coverage</c> shows it.</summary>
public sealed record CoverageResponse(
    string Nss,
    CoverageStatus Status,
    DateOnly AsOf,
    string? PaidThrough,
    decimal MonthlyFee,
    decimal UnappliedCredit,
    IReadOnlyList<CoveredMonth> Months,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<OpenFlag> OpenFlags,
    DateOnly EnrolledOn,
    Periodicity Periodicity)
{
    public static CoverageResponse From(WorkerCoverage c, DateOnly asOf, decimal monthlyFee, CoveragePolicy policy) => new(
        c.Id, CoverageStatusRules.StatusOn(c, asOf, policy), asOf, c.PaidThrough, monthlyFee, c.UnappliedCredit,
        c.Months().ToList(), c.Gaps, c.Flags, c.EnrolledOn, c.Periodicity);
}
