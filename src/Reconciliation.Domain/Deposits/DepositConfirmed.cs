namespace Reconciliation.Domain.Deposits;

/// <summary>
/// A statement (camt.053, MT940, CSV) confirms a credit first announced by a notification (camt.054).
/// <see cref="Amount"/> is what the statement booked: it counts, should it differ from the notification's.
/// </summary>
public sealed record DepositConfirmed(string DepositId, Guid StatementFileId, int Position, decimal? Amount = null);
