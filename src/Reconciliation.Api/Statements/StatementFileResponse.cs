using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Statements;

/// <summary>A statement file and its import report, as <c>/api/statements</c> shows it.</summary>
public sealed record StatementFileResponse(
    Guid Id,
    string FileName,
    string Sha256,
    long Size,
    string Source,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ImportedAt,
    StatementFileStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? LastProgressAt,
    IReadOnlyList<ImportAttempt> History,
    ImportOutcome? Outcome,
    string? Message,
    StatementImportReport Report
)
{
    public static StatementFileResponse From(StatementFile f, ImportOutcome? outcome = null, string? message = null) =>
        new(
            f.Id,
            f.FileName,
            f.Sha256,
            f.Size,
            f.Source,
            f.ReceivedAt,
            f.ImportedAt,
            f.Status,
            f.Attempts,
            f.LastError,
            f.LastProgressAt,
            f.History,
            outcome,
            message,
            f.Report
        );
}

/// <summary>A file in the list of <c>/api/statements</c>: what it is and how far it got, without its report's lines and
/// problems.</summary>
public sealed record StatementFileListItem(
    Guid Id,
    string FileName,
    long Size,
    string Source,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ImportedAt,
    DateTimeOffset? LastProgressAt,
    StatementFileStatus Status,
    int Attempts,
    string? LastError,
    Reconciliation.Domain.Statements.StatementFormat? Format,
    int Statements,
    int Lines,
    int Deposits,
    decimal DepositTotal,
    int Errors
)
{
    public static StatementFileListItem From(StatementFile f) =>
        new(
            f.Id,
            f.FileName,
            f.Size,
            f.Source,
            f.ReceivedAt,
            f.ImportedAt,
            f.LastProgressAt,
            f.Status,
            f.Attempts,
            f.LastError,
            f.Report.Format,
            Math.Max(f.Report.StatementCount, f.Report.Statements.Count),
            f.Report.Lines,
            f.Report.Deposits,
            f.Report.DepositTotal,
            f.Report.Errors
        );
}
