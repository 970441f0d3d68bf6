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
    DepositStatus Status)
{
    public static Deposit Create(DepositReceived e) => new(
        e.DepositId, e.Amount, e.Currency, e.ValueDate, e.TrackingKey, e.SendingParticipant, e.PayerName, e.Concept,
        e.StatementFileId, e.Position, e.Provisional, DepositStatus.Unmatched);

    public Deposit Apply(DepositConfirmed e) => this with { Provisional = false };
}
