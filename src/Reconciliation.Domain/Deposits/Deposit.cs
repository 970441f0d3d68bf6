namespace Reconciliation.Domain.Deposits;

/// <summary>A deposit as it stands: the read model of its stream.</summary>
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
    IReadOnlyList<string>? Texts = null) : IStreamVersioned
{
    public static Deposit Create(DepositReceived e) => new(
        e.DepositId, e.Amount, e.Currency, e.ValueDate, e.TrackingKey, e.SendingParticipant, e.PayerName, e.Concept,
        e.StatementFileId, e.Position, e.Provisional, DepositStatus.Unmatched, BookingDate: e.BookingDate,
        Texts: new[] { e.Concept }.Concat(e.FreeText).Append(e.PayerName).OfType<string>().Where(t => t.Length > 0).ToList());

    public Deposit Apply(DepositConfirmed e) => this with { Provisional = false };

    public Deposit Apply(DepositMatched e) => this with { Status = DepositStatus.Matched, Nss = e.Nss, SuspenseReason = null };

    public Deposit Apply(DepositSuspended e) => this with { Status = DepositStatus.Suspense, SuspenseReason = e.Reason };

    public Deposit Apply(DepositRefundRequested e) => this with { Status = DepositStatus.RefundRequested };

    public Deposit Apply(DepositReturned e) => this with { Status = DepositStatus.Returned };

    /// <summary>The version of the deposit's stream this state is at (set by the event store): appends expect it, without reading it again.</summary>
    public long Version { get; init; }
}
