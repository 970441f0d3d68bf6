namespace Reconciliation.Domain.Deposits;

/// <summary>
/// A deposit as it stands: the read model of its stream. <see cref="Nss"/> is the worker it was matched to;
/// <see cref="SharedWith"/> the other workers an operator moved part of it to (a reversal takes it back from each).
/// </summary>
public sealed record Deposit(
    string Id,
    decimal Amount,
    string Currency,
    DateOnly ValueDate,
    string? TrackingKey,
    string? SendingParticipant,
    string? PayerName,
    string? Concept,
    Guid StatementFileId,
    int Position,
    bool Provisional,
    DepositStatus Status,
    string? Nss = null,
    string? SuspenseReason = null,
    DateOnly? BookingDate = null,
    IReadOnlyList<string>? Texts = null,
    string? PayerAccount = null,
    IReadOnlyList<string>? SharedWith = null,
    string? ReturnedBy = null,
    DateOnly? ReturnedOn = null,
    string? RunTogether = null,
    string? NumericReference = null,
    string? Bucket = null,
    int Sightings = 0,
    string? DuplicateOf = null
) : IStreamVersioned
{
    public static Deposit From(DepositReceived e) =>
        new(
            e.DepositId,
            e.Amount,
            e.Currency,
            e.ValueDate,
            e.TrackingKey?.ToUpperInvariant(),
            e.SendingParticipant,
            e.PayerName,
            e.Concept,
            e.StatementFileId,
            e.Position,
            e.Provisional,
            DepositStatus.Unmatched,
            BookingDate: e.BookingDate,
            Texts: new[] { e.Concept }
                .Concat(e.FreeText)
                .Append(e.PayerName)
                .OfType<string>()
                .Where(t => t.Length > 0)
                .ToList(),
            PayerAccount: e.PayerAccount,
            RunTogether: e.RunTogether,
            NumericReference: e.NumericReference,
            Bucket: e.Traits.Bucket
        );

    public Deposit With(DepositConfirmed e) => this with { Provisional = false, Amount = e.Amount ?? Amount };

    public Deposit With(DepositMatched e) =>
        this with
        {
            Status = DepositStatus.Matched,
            Nss = e.Nss.Value,
            SuspenseReason = null,
        };

    public Deposit With(DepositSuspended e) => this with { Status = DepositStatus.Suspense, SuspenseReason = e.Reason };

    // A matched deposit refunded in part (a lot, or the rest of one) stays matched; refunded whole, it is the payer's
    // again.
    public Deposit With(DepositRefundRequested e) =>
        e.Amount is { } part && part < Amount ? this : this with { Status = DepositStatus.RefundRequested };

    public Deposit With(DepositReturned e) =>
        this with
        {
            Status = DepositStatus.Returned,
            ReturnedBy = e.StatementEntryId,
            ReturnedOn = e.ReturnedOn,
        };

    public Deposit With(DepositTransferred e) => this with { SharedWith = [.. SharedWith ?? [], e.ToNss.Value] };

    public Deposit With(DepositSighted e) =>
        this with
        {
            Sightings = Sightings + 1,
            TrackingKey = TrackingKey ?? e.TrackingKey?.ToUpperInvariant(),
            PayerName = PayerName ?? e.PayerName,
            RunTogether = RunTogether ?? e.RunTogether,
            PayerAccount = PayerAccount ?? e.PayerAccount,
        };

    public Deposit With(DepositPossiblyDuplicate e) => this with { Status = DepositStatus.PossibleDuplicate };

    public Deposit With(DepositFoundDuplicate e) =>
        this with
        {
            Status = DepositStatus.Duplicate,
            DuplicateOf = e.OriginalId,
        };

    public Deposit With(DepositFoundDistinct e) => this with { Status = DepositStatus.Unmatched };

    /// <summary>What the deposit's line said of its credit (with what later sightings added).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CreditTraits Traits =>
        new(ValueDate, Amount, SendingParticipant, TrackingKey, RunTogether, NumericReference, PayerAccount);

    /// <summary>Every worker who holds part of it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> Workers => new[] { Nss }.Concat(SharedWith ?? []).OfType<string>().Distinct();

    /// <summary>The version of the deposit's stream this state is at (set by the event store): appends expect it,
    /// without reading it again.</summary>
    public long Version { get; init; }
}
