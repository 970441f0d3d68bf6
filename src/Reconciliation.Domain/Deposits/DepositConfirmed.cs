namespace Reconciliation.Domain.Deposits;

/// <summary>A statement (camt.053, MT940, CSV) confirms a credit first announced by a notification (camt.054).</summary>
public sealed record DepositConfirmed(string DepositId, Guid StatementFileId, int Position);
