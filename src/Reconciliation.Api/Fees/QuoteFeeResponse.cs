using Reconciliation.Domain.Fees;

namespace Reconciliation.Api.Fees;

/// <summary>The fee as the IMSS calculator shows it, with the figures it was computed from.</summary>
public sealed record QuoteFeeResponse(
    decimal MonthlyIncome,
    string Zone,
    DateOnly Date,
    decimal DailyBase,
    decimal Monthly,
    decimal Semiannual,
    decimal Annual,
    IReadOnlyList<FeeBranchAmount> Breakdown,
    DateOnly ParametersEffective,
    string ParametersVersion,
    decimal MinimumWage,
    decimal UmaDaily,
    decimal CeavEmployerRate)
{
    public static QuoteFeeResponse From(FeeQuote q) => new(
        q.MonthlyIncome, q.Zone.Name(), q.Date, q.DailyBase, q.Monthly, q.Semiannual, q.Annual, q.Breakdown,
        q.ParametersEffective, q.ParametersVersion, q.MinimumWage, q.UmaDaily, q.CeavEmployerRate);
}
