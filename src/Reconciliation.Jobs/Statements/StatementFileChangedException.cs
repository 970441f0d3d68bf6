namespace Reconciliation.Jobs.Statements;

/// <summary>The file changed while it was copied to the store (still being written): it is not registered, and is taken
/// later.</summary>
public sealed class StatementFileChangedException(string fileName)
    : IOException($"{fileName} changed while it was read: it is taken once it is complete");
