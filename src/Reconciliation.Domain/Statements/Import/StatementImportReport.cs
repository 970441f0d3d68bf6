namespace Reconciliation.Domain.Statements.Import;

/// <summary>
/// What an import did with a file: per statement totals and checks, what each line became, and the
/// problems found (the first <see cref="MaxProblems"/> in full; all are counted).
/// </summary>
public sealed class StatementImportReport
{
    public const int MaxProblems = 1000;

    public StatementFormat? Format { get; set; }

    /// <summary>The character set a text file was read in (<c>utf-8</c> or <c>windows-1252</c>); XML follows its own
    /// declaration.</summary>
    public string? Encoding { get; set; }

    /// <summary>
    /// The file's statements, when the report is shown: the import keeps each in a document of its own (so a file of
    /// many statements costs one write each), and the report shows the first ones (<see cref="StatementCount"/> says
    /// how many in all).
    /// </summary>
    public List<StatementSummary> Statements { get; set; } = [];
    public int StatementCount { get; set; }
    public int Lines { get; set; }
    public int Credits { get; set; }
    public int Debits { get; set; }
    public decimal CreditTotal { get; set; }
    public decimal DebitTotal { get; set; }

    /// <summary>Credits that became new deposits.</summary>
    public int Deposits { get; set; }
    public decimal DepositTotal { get; set; }

    /// <summary>Credits announced by a notification and now confirmed by a statement.</summary>
    public int Confirmed { get; set; }
    public decimal ConfirmedTotal { get; set; }

    /// <summary>Credits already recorded (another file, another format, or earlier in this file): nothing
    /// changed.</summary>
    public int Duplicates { get; set; }
    public decimal DuplicateTotal { get; set; }

    /// <summary>Credits another file (another door) recorded already: sightings of that deposit, never money.</summary>
    public int Sightings { get; set; }
    public decimal SightingTotal { get; set; }

    /// <summary>New deposits that may describe a deposit another door recorded: held for an operator, not money
    /// yet.</summary>
    public int PossibleDuplicates { get; set; }

    /// <summary>Credits that are not deposits (pending, other accounts or currencies, reversals of debits,
    /// zero).</summary>
    public decimal OtherCreditTotal { get; set; }
    public Dictionary<LineDisposition, int> ByDisposition { get; set; } = [];
    public int Errors { get; set; }
    public List<ImportProblem> Problems { get; set; } = [];

    public void AddProblem(ImportProblem problem)
    {
        // The same problem met again (a retry reads the file again), whether or not it was kept with its phrase.
        if (Problems.Any(p => p.Location == problem.Location && p.Reason == problem.Reason && p.Fatal == problem.Fatal))
            return;
        Errors++;
        if (Problems.Count < MaxProblems)
            Problems.Add(problem);
    }

    public void Count(LineDisposition disposition) =>
        ByDisposition[disposition] = ByDisposition.GetValueOrDefault(disposition) + 1;
}
