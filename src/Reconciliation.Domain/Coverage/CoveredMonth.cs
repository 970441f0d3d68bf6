namespace Reconciliation.Domain.Coverage;

/// <summary>A month of coverage and the deposits that paid it.</summary>
public sealed record CoveredMonth(CoverageMonth Month, IReadOnlyList<string> DepositIds);
