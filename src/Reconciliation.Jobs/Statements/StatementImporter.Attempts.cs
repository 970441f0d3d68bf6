using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.EventStore;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

/// <summary>Each attempt at a file in its history: a stopped attempt is recorded, and a file given up after too many is
/// failed.</summary>
public sealed partial class StatementImporter
{
    /// <summary>
    /// The sweeper's last word on a file that failed <see cref="StatementsSettings.MaxAttempts"/> times: <c>failed</c>,
    /// with its last error, kept for an operator's retry. Nothing when another process is importing it now, or it is
    /// done.
    /// </summary>
    public async Task<StatementFile?> GiveUpAsync(Guid fileId, CancellationToken ct)
    {
        await using var held = await AdvisoryLock.TryAcquireAsync(database, FileLock(fileId), ct);
        if (held is null)
            return null;
        var file = await LoadAsync(fileId, ct);
        if (file.Status is not (StatementFileStatus.Received or StatementFileStatus.Importing))
            return null;
        file.Status = StatementFileStatus.Failed;
        file.LastError =
            $"given up after {file.Attempts} attempts (Statements:MaxAttempts "
            + $"{_settings.MaxAttempts}); what is written stays, and a retry resumes from the "
            + $"checkpoint. Last error: {file.LastError ?? "none recorded"}";
        await SaveFileAsync(file, ct);
        _logger.LogError(
            "Statement file {StatementFileId} ({FileName}) failed {Attempts} attempts: marked failed for an operator",
            file.Id,
            file.FileName,
            file.Attempts
        );
        signals.Finished(new StatementImportResult(file, ImportOutcome.Failed, file.LastError));
        return file;
    }

    /// <summary>
    /// A run that stopped on an error leaves the file importing, resumable from its last checkpoint: the error goes on
    /// the file as the database has it (the run's copy may be ahead of what committed), so an operator sees why. Best
    /// effort: when the database itself is what failed, the log has it.
    /// </summary>
    private async Task RecordStopAsync(Guid fileId, ImportAttempt attempt, Exception error)
    {
        _logger.LogError(
            error,
            "Statement file {StatementFileId}: attempt {Attempt} stopped; the next run resumes from its last "
                + "checkpoint",
            fileId,
            attempt.Number
        );
        try
        {
            await using var session = _store.LightweightSession();
            var stored = await session.LoadAsync<StatementFile>(fileId);
            if (stored is not { Status: StatementFileStatus.Importing })
                return;
            stored.LastError =
                $"attempt {attempt.Number} stopped with {stored.Report.Lines} lines written, and the next run "
                + $"resumes from there: {error.GetType().Name}: {error.Message}";
            // The database's copy has the attempt as it started (the history is written with the file at each
            // checkpoint).
            if (stored.History.LastOrDefault(a => a.Number == attempt.Number) is not { } recorded)
                stored.History.Add(recorded = attempt);
            Ended(recorded, "stopped", stored.LastError);
            session.Store(stored);
            await session.SaveChangesAsync();
        }
        catch (Exception e)
        {
            _logger.LogWarning(
                e,
                "Statement file {StatementFileId}: the error of attempt {Attempt} could not be recorded on the file",
                fileId,
                attempt.Number
            );
        }
    }
}
