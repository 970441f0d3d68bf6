using System.Text.Json.Serialization;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A deposit (or a part of one) was matched to the worker: automatically by the NSS in its reference, by an
/// operator, or moved from another worker's held credit. The worker's stream records it before any decision
/// about what it pays. <see cref="Provisional"/>: announced by a notification and not yet confirmed by a
/// statement; it is not the worker's money until <see cref="PaymentConfirmed"/>. <see cref="On"/> is its
/// business date when it differs from the value date (a transfer is received the day it is decided).
/// </summary>
public sealed record PaymentReceived(
    Nss Nss,
    string DepositId,
    decimal Amount,
    DateOnly ValueDate,
    string? Concept,
    string? TrackingKey,
    MatchMethod Method,
    bool ReferenceClean,
    string? Operator = null,
    string? Reason = null,
    bool Provisional = false,
    DateOnly? ReceivedOn = null
)
{
    /// <summary>The business date: what "as of" a date includes.</summary>
    [JsonIgnore]
    public DateOnly On => ReceivedOn ?? ValueDate;
}
