using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

public sealed partial class StatementImporter
{
    /// <summary>
    /// Imports a registered file, or resumes it where it stopped: the background import, the sweeper and an operator's
    /// retry. <paramref name="by"/> names who asked, in the file's history.
    /// </summary>
    public async Task<StatementImportResult> RunAsync(Guid fileId, string by, CancellationToken ct)
    {
        var result = await RunLockedAsync(fileId, by, ct);
        if (result.Outcome != ImportOutcome.InProgress)
            signals.Finished(result);
        return result;
    }

    private async Task<StatementImportResult> RunLockedAsync(Guid fileId, string by, CancellationToken ct)
    {
        // One importer per file at a time, across processes.
        await using var held = await AdvisoryLock.TryAcquireAsync(database, FileLock(fileId), ct);
        if (held is null)
        {
            var busy = await LoadAsync(fileId, ct);
            return new StatementImportResult(
                busy,
                ImportOutcome.InProgress,
                "Another process is importing this file now."
            );
        }
        // One file writes deposits at a time, across processes: a credit another file describes is then recorded by one
        // of them and recognised by the other, whichever comes first (BatchCredits).
        await using var identity = _settings.RecogniseOtherDoors
            ? await AdvisoryLock.AcquireAsync(database, IdentityLock, ct)
            : null;
        var file = await LoadAsync(fileId, ct);
        if (IsDone(file))
            return new StatementImportResult(
                file,
                ImportOutcome.AlreadyImported,
                "The file is already imported: nothing changed."
            );
        return await ImportLockedAsync(file, by, ct);
    }

    private static long FileLock(Guid fileId) => BitConverter.ToInt64(fileId.ToByteArray(), 0);

    private async Task<StatementImportResult> ImportLockedAsync(StatementFile file, string by, CancellationToken ct)
    {
        file.Attempts++;
        file.Status = StatementFileStatus.Importing;
        file.LastError = null;
        file.LastProgressAt = _clock.GetUtcNow();
        var attempt = new ImportAttempt(file.Attempts, by, _clock.GetUtcNow());
        file.History.Add(attempt);
        await SaveFileAsync(file, ct, LegacyStatements(file));

        // First pass: the whole file must read. A file that cannot is refused before anything of it is written.
        var (format, fatal) = Validate(file.StoredPath, _settings.Limits);
        if (fatal is not null)
        {
            file.Status = StatementFileStatus.Failed;
            file.Report.Format = format;
            var problem = ImportProblem.Of(fatal);
            file.LastError = problem.ToString();
            file.Report.AddProblem(problem);
            Ended(attempt, "failed", file.LastError);
            await SaveFileAsync(file, ct);
            _logger.LogWarning(
                "Statement file {StatementFileId} ({FileName}) refused: {Location}: {Reason}",
                file.Id,
                file.FileName,
                fatal.Location,
                fatal.Reason
            );
            return new StatementImportResult(
                file,
                ImportOutcome.Failed,
                $"The file cannot be read: {fatal}. Nothing was imported; the file is kept and can be retried."
            );
        }

        var run = new ImportRun(this, file, format!.Value);
        try
        {
            await run.ExecuteAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordStopAsync(file.Id, attempt, e);
            throw;
        }

        file.Status = file.Report.Errors > 0 ? StatementFileStatus.ImportedWithErrors : StatementFileStatus.Imported;
        file.ImportedAt = _clock.GetUtcNow();
        Ended(attempt, file.Status == StatementFileStatus.Imported ? "imported" : "imported-with-errors", null);
        await FinishAsync(file, ct);
        _logger.LogInformation(
            "Statement file {StatementFileId} ({FileName}, {Format}) imported: {Lines} lines, {Deposits} new "
                + "deposits, {Duplicates} duplicates, {Errors} errors",
            file.Id,
            file.FileName,
            format,
            file.Report.Lines,
            file.Report.Deposits,
            file.Report.Duplicates,
            file.Report.Errors
        );
        return file.Status == StatementFileStatus.Imported
            ? new StatementImportResult(file, ImportOutcome.Imported, "Imported.")
            : new StatementImportResult(
                file,
                ImportOutcome.ImportedWithErrors,
                $"Imported; {file.Report.Errors} problem(s) are listed in the report."
            );
    }

    private void Ended(ImportAttempt attempt, string outcome, string? error)
    {
        attempt.EndedAt = _clock.GetUtcNow();
        attempt.Outcome = outcome;
        attempt.Error = error;
    }

    private static (StatementFormat? Format, StatementProblem? Fatal) Validate(string path, StatementLimits limits)
    {
        using var stream = OpenRead(path);
        return StatementReader.Check(stream, limits);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
