namespace Reconciliation.Domain.Coverage;

/// <summary>The monthly fee the worker was told on enrollment (used to suggest workers for deposits in
/// suspense).</summary>
public sealed record FeeQuoted(string Nss, decimal MonthlyFee, DateOnly On);
