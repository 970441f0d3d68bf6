namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Import a registered file to its end (or resume it): sent through Wolverine's durable outbox in the transaction that
/// registers an upload, so the import is owed once the file is stored, whatever the client does after. <see cref="By"/>
/// is who asked (<c>upload by ana_lopez</c>, <c>retry by ana_lopez</c>), recorded on the file's attempt; messages
/// sent before it existed have none and are uploads.
/// </summary>
public sealed record ImportStatement(Guid StatementFileId, string? By = null);
