namespace Reconciliation.Jobs.Statements;

/// <summary>The outcome of one import request: the file, and whether this request changed anything.</summary>
public sealed record StatementImportResult(StatementFile File, ImportOutcome Outcome, string Message);
