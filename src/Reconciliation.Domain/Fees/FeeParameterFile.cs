namespace Reconciliation.Domain.Fees;

/// <summary>The shape of <c>fee-parameters.json</c>: series of published and model figures, each with its effective
/// date.</summary>
public sealed record FeeParameterFile
{
    public string Version { get; init; } = "";
    public string? Notes { get; init; }
    public decimal ContributionBaseDivisor { get; init; }
    public int DaysPerMonth { get; init; }
    public decimal MaximumBaseInUma { get; init; }
    public decimal SurplusThresholdInUma { get; init; }
    public IReadOnlyList<MinimumWageEntry> MinimumWages { get; init; } = [];
    public IReadOnlyList<UmaEntry> Uma { get; init; } = [];
    public IReadOnlyList<BranchRatesEntry> BranchRates { get; init; } = [];
    public IReadOnlyList<CeavEmployerEntry> CeavEmployer { get; init; } = [];
}
