namespace Reconciliation.Domain.Coverage;

/// <summary>An operator decided to give held credit back to the payer; it no longer counts for the worker.</summary>
public sealed record CreditRefunded(string Nss, IReadOnlyList<string> DepositIds, decimal Amount, string Operator, string Reason, DateOnly On);
