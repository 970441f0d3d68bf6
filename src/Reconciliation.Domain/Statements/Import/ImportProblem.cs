using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Import;

/// <summary>A problem of an imported file as the report shows it: where, why (in English, as the API says it) and the
/// same as a phrase for a reader in another language (none in reports written before phrases were kept).</summary>
public sealed record ImportProblem(string Location, string Reason, bool Fatal, Phrase? Why = null)
{
    // A factory, not a second constructor: the stored report is read back through the one constructor.
    public static ImportProblem Of(string location, Phrase why, bool fatal) =>
        new(location, why.ToString(), fatal, why);

    public static ImportProblem Of(StatementProblem problem) => Of(problem.Location, problem.Why, problem.Fatal);

    /// <summary>Where and why, in English: a refused file's last error.</summary>
    public override string ToString() => $"{Location}: {Reason}";
}
