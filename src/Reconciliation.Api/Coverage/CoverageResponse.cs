using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Coverage;

/// <summary>
/// A worker's money as of a date: <see cref="Matched"/> = <see cref="Applied"/> + <see cref="Held"/> +
/// <see cref="Refunded"/> + <see cref="Reversed"/> + <see cref="Transferred"/>, to the centavo.
/// <see cref="Provisional"/>: announced by a notification, not the worker's money until a statement confirms it.
/// </summary>
public sealed record CoverageMoney(
    decimal Matched,
    decimal Applied,
    decimal Held,
    decimal Refunded,
    decimal Reversed,
    decimal Transferred,
    decimal Provisional
)
{
    public static CoverageMoney Of(WorkerCoverage c) =>
        new(
            c.Matched,
            c.Applied,
            c.UnappliedCredit,
            c.Refunded,
            c.Reversed,
            c.Transferred,
            c.ProvisionalPayments.Sum(p => p.Amount)
        );
}

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
    Periodicity Periodicity,
    IReadOnlyList<HeldCredit> HeldLots,
    IReadOnlyList<HeldCredit> ProvisionalPayments,
    CoverageMoney Money,
    DateOnly? WithdrawnOn
)
{
    public static CoverageResponse From(WorkerCoverage c, DateOnly asOf, decimal monthlyFee, CoveragePolicy policy) =>
        new(
            c.Id,
            CoverageStatusRules.StatusOn(c, asOf, policy),
            asOf,
            c.PaidThrough,
            monthlyFee,
            c.UnappliedCredit,
            c.Months().ToList(),
            c.Gaps,
            c.Flags,
            c.EnrolledOn,
            c.Periodicity,
            c.Credits,
            c.ProvisionalPayments,
            CoverageMoney.Of(c),
            c.WithdrawnOn
        );
}
