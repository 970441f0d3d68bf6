namespace Reconciliation.Domain.Fees;

/// <summary>The fee for a declared income, zone and date, with the figures it was computed from.</summary>
public sealed record FeeQuote(
    decimal MonthlyIncome,
    Zone Zone,
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
    decimal CeavEmployerRate
)
{
    /// <summary>The amount of k months (1, 6 or 12) in centavos, for exact comparisons.</summary>
    public long CentavosFor(int months) => Money.ToCentavos(Monthly * months);
}
