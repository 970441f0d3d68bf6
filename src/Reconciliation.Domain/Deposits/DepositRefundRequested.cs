namespace Reconciliation.Domain.Deposits;

/// <summary>
/// An operator decided money of this deposit goes back to the payer: the refund instruction, with the amount and the
/// payer's account when the statement gave it. A deposit in suspense is refunded whole; a matched one may be refunded
/// in part (a lot of held credit, or what is left of it after a split) and stays matched.
/// </summary>
public sealed record DepositRefundRequested(
    string DepositId,
    string Operator,
    string Reason,
    DateTimeOffset At,
    decimal? Amount = null,
    string? PayerAccount = null,
    string? PayerName = null,
    string? Nss = null
);
