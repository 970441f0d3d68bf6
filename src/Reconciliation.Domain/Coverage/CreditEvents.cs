using System.Text.Json.Serialization;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

// The held credit of a worker is a set of lots, one per deposit; each change to a lot is one of these events.

/// <summary>
/// A deposit (or a part of one) is held as a lot of unapplied credit: an amount that is not an accepted one, the other
/// parts of a payment whose deposit was reversed, or money that arrived after a withdrawal. <see cref="Expected"/> and
/// <see cref="Difference"/> measure the whole held credit after it (<see cref="CreditTotal"/>) against the nearest
/// accepted amount (<see cref="ExpectedMonths"/> × the monthly fee). <see cref="HeldOn"/> is the business date the lot
/// is held from (the value date when absent). <see cref="Why"/> says why when it is not the amount, and
/// <see cref="WhyPhrase"/> says it in each language (absent from lots held before it was kept).
/// </summary>
public sealed record CreditHeld(
    Nss Nss,
    string DepositId,
    decimal Amount,
    decimal Expected,
    decimal Difference,
    decimal CreditTotal,
    DateOnly ValueDate,
    DateOnly? HeldOn = null,
    int ExpectedMonths = 1,
    string? Why = null,
    Phrase? WhyPhrase = null
)
{
    [JsonIgnore]
    public DateOnly On => HeldOn ?? ValueDate;

    /// <summary>The whole held credit after this lot, against the nearest accepted amount.</summary>
    [JsonIgnore]
    public Mismatch Mismatch => new(CreditTotal, ExpectedMonths, Expected / ExpectedMonths, Expected);
}

/// <summary>
/// Lots were applied to a payment (the <see cref="CoverageGranted"/> that follows, <see cref="PaymentId"/>): completed
/// to an exact amount by a later deposit (split payments), or accepted by an operator. <see cref="Lots"/> names each
/// lot and the amount taken from it.
/// </summary>
public sealed record CreditApplied(
    Nss Nss,
    IReadOnlyList<LotPart> Lots,
    decimal Amount,
    string PaymentId,
    LotApplication How,
    DateOnly On,
    string? Operator = null,
    string? Reason = null
);

/// <summary>An operator decided to give (part of) a lot back to the payer: the refund instruction, with where the money
/// goes.</summary>
public sealed record CreditRefunded(
    Nss Nss,
    string DepositId,
    decimal Amount,
    string Operator,
    string Reason,
    DateOnly On,
    string? PayerAccount = null,
    string? PayerName = null
);

/// <summary>An operator looked at a lot and decided to leave it held (to be completed by the worker, or decided
/// later).</summary>
public sealed record CreditKept(Nss Nss, string DepositId, decimal Amount, string Operator, string Reason, DateOnly On);

/// <summary>An operator moved (part of) a lot to another worker, whose stream receives it as a payment.</summary>
public sealed record CreditTransferred(
    Nss Nss,
    string DepositId,
    decimal Amount,
    Nss ToNss,
    string Operator,
    string Reason,
    DateOnly On
);
