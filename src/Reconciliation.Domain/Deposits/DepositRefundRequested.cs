namespace Reconciliation.Domain.Deposits;

/// <summary>An operator decided the money goes back to the payer.</summary>
public sealed record DepositRefundRequested(string DepositId, string Operator, string Reason, DateTimeOffset At);
