namespace Reconciliation.Domain.Statements;

/// <summary>
/// The header of one statement (a file may hold several: MT940 messages, camt <c>Stmt</c> or <c>Ntfctn</c>).
/// Fields a format does not carry are null.
/// </summary>
public sealed record StatementStart(
    int Ordinal,
    StatementFormat Format,
    string? StatementId,
    string? Account,
    string? Currency,
    string? SequenceNumber,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    Balance? Opening,
    string Location,
    string? Encoding = null
) : StatementItem;
