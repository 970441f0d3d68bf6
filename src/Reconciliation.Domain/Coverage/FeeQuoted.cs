using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>The monthly fee the worker was told on enrollment (used to suggest workers for deposits in
/// suspense).</summary>
public sealed record FeeQuoted(Nss Nss, decimal MonthlyFee, DateOnly On);
