namespace Reconciliation.Domain.Statements;

/// <summary>
/// One movement of a statement, normalized across formats. <see cref="Position"/> is the line's place among the
/// file's lines (1-based), <see cref="Location"/> where it sits in the file, and <see cref="Raw"/> its text as
/// the bank wrote it, for audit. Amounts are positive; the direction says in or out. The operation date (SPEI) is the
/// value date. <see cref="References"/>: every other identifier the bank gave the line (a debit that returns a
/// credit names the original by one of them); <see cref="IsReturn"/>: the bank marked the line as a return or
/// reversal of a credit (camt <c>RvslInd</c> or return information, MT940 <c>RC</c>, "DEVOLUCION").
/// <see cref="RunTogether"/>: the CSV export's tracking key and payer's name, written with nothing between them.
/// </summary>
public sealed record StatementLine(
    int Position,
    string Location,
    int StatementOrdinal,
    string? Account,
    string? Currency,
    DateOnly? BookingDate,
    DateOnly? ValueDate,
    decimal Amount,
    Direction Direction,
    bool IsReversal,
    string Status,
    string? BankReference,
    string? TrackingKey,
    string? SendingParticipant,
    string? PayerName,
    string? PayerAccount,
    string? Concept,
    IReadOnlyList<string> FreeText,
    string? NumericReference,
    string Raw,
    string? EntryReference = null,
    int? PartNumber = null,
    int? PartCount = null,
    IReadOnlyList<string>? References = null,
    bool IsReturn = false,
    string? RunTogether = null
) : StatementItem
{
    public const string Booked = "BOOK";

    public bool IsCredit => Direction == Direction.Credit;

    /// <summary>The signed effect on the balance.</summary>
    public decimal SignedAmount => Direction == Direction.Credit ? Amount : -Amount;

    /// <summary>Every free-text field, concept first: where an NSS may be found.</summary>
    public IEnumerable<string> Texts => new[] { Concept }.Concat(FreeText).Where(t => !string.IsNullOrWhiteSpace(t))!;

    /// <summary>What the line says of its credit, for telling whether another door described it already.</summary>
    public Deposits.CreditTraits Traits =>
        new(
            ValueDate ?? BookingDate ?? default,
            Amount,
            SendingParticipant,
            TrackingKey,
            RunTogether,
            NumericReference,
            PayerAccount
        );
}
