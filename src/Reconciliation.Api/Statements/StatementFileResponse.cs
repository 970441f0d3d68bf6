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
    ImportOutcome? Outcome,
    string? Message,
    StatementImportReport Report)
{
    public static StatementFileResponse From(StatementFile f, ImportOutcome? outcome = null, string? message = null) => new(
        f.Id, f.FileName, f.Sha256, f.Size, f.Source, f.ReceivedAt, f.ImportedAt, f.Status, f.Attempts, f.LastError, outcome, message, f.Report);
}
