using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements;

/// <summary>
/// Something wrong in the file, with where it is (<see cref="Location"/>: a line number or an element path, in the
/// few words of <see cref="Words.Locations"/>) and why (<see cref="Why"/>, said in English as <see cref="Reason"/>).
/// A fatal problem ends the reading of the file; others leave the rest readable.
/// </summary>
public sealed record StatementProblem(string Location, Phrase Why, bool Fatal, int? Position = null) : StatementItem
{
    public string Reason => Why.ToString();

    public static StatementProblem Of(StatementFormatException e, bool fatal) => new(e.Location, e.Why, fatal);

    public override string ToString() => $"{Location}: {Reason}";
}
