namespace Reconciliation.Domain.Statements;

/// <summary>What a parser reads from a file, in file order: statement starts, lines, statement ends and
/// problems.</summary>
public abstract record StatementItem;
