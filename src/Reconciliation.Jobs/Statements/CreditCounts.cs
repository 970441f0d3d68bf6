using System.Collections.Immutable;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.Matching;

namespace Reconciliation.Jobs.Statements;

/// <summary>A credit of the file waiting to be written: its natural key, its line, its account.</summary>
internal sealed record PendingCredit(string Key, StatementLine Line, string Account);

/// <summary>The counts only the database can tell (is this credit new?), kept by the writing and added to each batch's
/// report.</summary>
internal sealed record CreditCounts
{
    public int Deposits;
    public decimal DepositTotal;
    public int Confirmed;
    public decimal ConfirmedTotal;
    public int Duplicates;
    public decimal DuplicateTotal;
    public int Sightings;
    public decimal SightingTotal;
    public int PossibleDuplicates;

    /// <summary>Problems only the writing finds (a notified credit booked at another amount), reported with the
    /// file.</summary>
    public ImmutableList<ImportProblem> Problems = [];

    public static CreditCounts Of(StatementImportReport r) =>
        new()
        {
            Deposits = r.Deposits,
            DepositTotal = r.DepositTotal,
            Confirmed = r.Confirmed,
            ConfirmedTotal = r.ConfirmedTotal,
            Duplicates = r.Duplicates,
            DuplicateTotal = r.DuplicateTotal,
            Sightings = r.Sightings,
            SightingTotal = r.SightingTotal,
            PossibleDuplicates = r.PossibleDuplicates,
        };

    public void CopyTo(StatementImportReport r)
    {
        (
            r.Deposits,
            r.DepositTotal,
            r.Confirmed,
            r.ConfirmedTotal,
            r.Duplicates,
            r.DuplicateTotal,
            r.Sightings,
            r.SightingTotal,
            r.PossibleDuplicates
        ) = (
            Deposits,
            DepositTotal,
            Confirmed,
            ConfirmedTotal,
            Duplicates,
            DuplicateTotal,
            Sightings,
            SightingTotal,
            PossibleDuplicates
        );
        foreach (var problem in Problems)
            r.AddProblem(problem);
    }
}
