namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Import a registered file to its end (or resume it): sent through Wolverine's durable outbox in the transaction that
/// registers an upload, so the import is owed once the file is stored, whatever the client does after.
/// </summary>
public sealed record ImportStatement(Guid StatementFileId);
