namespace Reconciliation.Domain.Fees;

/// <summary>A band up to (and including) <see cref="UpToUma"/> times the daily UMA; the last band is open
/// (null).</summary>
public sealed record CeavBand(decimal? UpToUma, decimal Rate);
