namespace Reconciliation.Domain.Statements;

/// <summary>
/// Something wrong in the file, with where it is (<see cref="Location"/>: a line number or an element
/// path) and why. A fatal problem ends the reading of the file; others leave the rest readable.
/// </summary>
public sealed record StatementProblem(string Location, string Reason, bool Fatal, int? Position = null) : StatementItem
{
    public override string ToString() => $"{Location}: {Reason}";
}
