namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Published through Wolverine's durable outbox in the transaction that finishes an import: its
/// deposits are ready to be matched (and its reversals applied).
/// </summary>
public sealed record StatementImported(Guid StatementFileId);
