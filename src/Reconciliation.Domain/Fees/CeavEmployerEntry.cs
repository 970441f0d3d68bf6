namespace Reconciliation.Domain.Fees;

/// <summary>Employer CEAV rate (percent) by band of the daily base; a base at the zone's minimum wage has its own
/// rate.</summary>
public sealed record CeavEmployerEntry(DateOnly Effective, decimal AtMinimumWage, IReadOnlyList<CeavBand> Bands)
    : IEffective;
