namespace Reconciliation.Domain.Deposits;

/// <summary>A statement shows the deposit taken back (reversal or return entry).</summary>
public sealed record DepositReturned(string DepositId, decimal Amount, DateOnly ReturnedOn, string StatementEntryId);
