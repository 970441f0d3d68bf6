namespace Reconciliation.Domain.Fees;

/// <summary>The figures in force on one date: each series' latest entry on or before it.</summary>
public sealed record FeeParameters(
    DateOnly Date,
    MinimumWageEntry MinimumWage,
    UmaEntry Uma,
    BranchRatesEntry Rates,
    CeavEmployerEntry CeavEmployer,
    decimal ContributionBaseDivisor,
    int DaysPerMonth,
    decimal MaximumBaseInUma,
    decimal SurplusThresholdInUma,
    string Version
)
{
    /// <summary>The first day on which this exact combination of figures is in force.</summary>
    public DateOnly Effective =>
        new[] { MinimumWage.Effective, Uma.Effective, Rates.Effective, CeavEmployer.Effective }.Max();

    /// <summary>Employer CEAV rate in percent for a daily base, by band (docs/DOMAIN.md, *The fee*).</summary>
    public decimal CeavEmployerRate(decimal dailyBase, Zone zone)
    {
        if (dailyBase <= MinimumWage.For(zone))
            return CeavEmployer.AtMinimumWage;
        var inUma = dailyBase / Uma.Daily;
        return CeavEmployer.Bands.First(b => b.UpToUma is null || inUma <= b.UpToUma).Rate;
    }
}
