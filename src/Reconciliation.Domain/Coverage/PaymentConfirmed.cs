using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A statement confirmed a provisional payment (announced by a notification, camt.054): from now on it is money of the
/// worker, and the coverage decisions that follow it are taken. <see cref="On"/> is its business date (the value date).
/// <see cref="Amount"/> is what the statement booked, <see cref="Notified"/> what the notification said.
/// </summary>
public sealed record PaymentConfirmed(
    Nss Nss,
    string DepositId,
    decimal Amount,
    DateOnly On,
    Guid StatementFileId,
    decimal? Notified = null
);
