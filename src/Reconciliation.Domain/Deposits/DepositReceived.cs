namespace Reconciliation.Domain.Deposits;

/// <summary>
/// A credit to the IMSS account, recorded once (its stream key is <see cref="DepositKey"/>). It carries
/// the whole line as the bank wrote it, and where it came from (file, position), to rebuild anything
/// later. <see cref="Provisional"/>: announced by a notification (camt.054), not yet in a statement.
/// </summary>
public sealed record DepositReceived(
    string DepositId,
    decimal Amount,
    string Currency,
    DateOnly ValueDate,
    DateOnly? BookingDate,
    string? TrackingKey,
    string? SendingParticipant,
    string? PayerName,
    string? PayerAccount,
    string? Concept,
    IReadOnlyList<string> FreeText,
    string? NumericReference,
    string? BankReference,
    string Account,
    Guid StatementFileId,
    int Position,
    string Location,
    string Raw,
    bool Provisional,
    string? RunTogether = null
)
{
    /// <summary>What the line said of its credit, to tell later lines of other doors that describe it again.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CreditTraits Traits =>
        new(ValueDate, Amount, SendingParticipant, TrackingKey, RunTogether, NumericReference, PayerAccount);
}
