using Microsoft.Extensions.Logging;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// The drop folder: files put in <c>inbox/</c> are imported and moved to <c>archive/YYYY-MM-DD/</c>, or to
/// <c>failed/</c> with a <c>.error.txt</c> beside them saying what is wrong and where. Each file is taken on its own:
/// one that fails, in any way, never stops the others. Only regular files are taken: a symbolic link, a named pipe, a
/// device or a folder is moved to <c>failed/</c> unopened. A file is taken once it is stable: unchanged for
/// <see cref="StatementsSettings.InboxSettleTime"/>, not named <c>.part</c>, <c>.tmp</c> or hidden (write it under
/// such a name and rename it when complete), and the same size and time when its copy in the store is done. What is
/// imported is kept in the store with its report, and can be retried.
/// </summary>
public sealed partial class DropFolder(
    StatementImporter importer,
    StatementsSettings settings,
    TimeProvider clock,
    ILogger<DropFolder> logger
)
{
    /// <param name="Stopped">The file's import stopped on an error after it was registered: the file stays in the
    /// inbox, and the next run (the job's retry) resumes it from its checkpoint.</param>
    public sealed record Processed(
        string FileName,
        ImportOutcome Outcome,
        Guid? StatementFileId,
        string Message,
        bool Stopped = false
    );

    public async Task<IReadOnlyList<Processed>> ProcessInboxAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(settings.Inbox);
        var results = new List<Processed>();
        foreach (
            var path in Directory.EnumerateFileSystemEntries(settings.Inbox).Order(StringComparer.Ordinal).ToList()
        )
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (
                name.StartsWith('.')
                || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            )
                continue;
            try
            {
                if (await TakeAsync(path, ct) is { } processed)
                    results.Add(processed);
            }
            catch (Exception e) when (PostgresErrors.IsDatabaseFailure(e))
            {
                // The database, not the file: it stays in the inbox for the next run, and the next file is tried.
                logger.LogError(
                    e,
                    "Inbox file {FileName}: the database failed; left in the inbox for the next run",
                    name
                );
                results.Add(
                    new Processed(
                        name,
                        ImportOutcome.InProgress,
                        null,
                        $"left in the inbox: the database failed ({e.Message})",
                        Stopped: true
                    )
                );
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Whatever went wrong is this file's problem: it is set aside with the reason, and the next file is
                // taken.
                logger.LogError(e, "Inbox file {FileName} could not be taken", name);
                results.Add(Quarantine(path, $"{e.GetType().Name}: {e.Message}", result: null));
            }
        }
        return results;
    }

    private async Task<Processed?> TakeAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        var kind = PrivateFiles.KindOf(path);
        if (kind == PrivateFiles.Kind.Missing)
            return null; // taken meanwhile by another process's run
        if (kind != PrivateFiles.Kind.Regular)
        {
            logger.LogWarning(
                "Inbox entry {FileName} is {Kind}: not opened, set aside in failed/",
                name,
                PrivateFiles.Describe(kind)
            );
            return Quarantine(
                path,
                $"{PrivateFiles.Describe(kind)}, not a regular file: refused unopened (put the file itself in the "
                    + "inbox)",
                result: null
            );
        }
        var before = new FileInfo(path);
        if (clock.GetUtcNow() - before.LastWriteTimeUtc < settings.InboxSettleTime)
        {
            logger.LogInformation(
                "Inbox file {FileName} changed less than {Settle} ago: left for the next run",
                name,
                settings.InboxSettleTime
            );
            return null;
        }

        StatementImportResult? result = null;
        string message;
        try
        {
            (StatementFile File, bool Done) stored;
            await using (
                var stream = new FileStream(
                    path,
                    FileMode.Open,
                    FileAccess.Read,
                    FileShare.Read,
                    1 << 16,
                    useAsync: true
                )
            )
                stored = await importer.StoreAsync(stream, name, "inbox", ct, stillSame: () => Unchanged(path, before));
            try
            {
                result = stored.Done
                    ? importer.AlreadyImported(stored.File, name)
                    : await importer.RunAsync(stored.File.Id, "inbox", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Stored and registered, the import stopped (the database went away, for one): the error is on the
                // file, which stays in the inbox; the next run resumes it from its checkpoint (and so does the
                // sweeper).
                logger.LogWarning(
                    "Inbox file {FileName}: the import of file {StatementFileId} stopped ({Error}); left in the "
                        + "inbox for the next run",
                    name,
                    stored.File.Id,
                    e.Message
                );
                return new Processed(
                    name,
                    ImportOutcome.InProgress,
                    stored.File.Id,
                    $"stopped, resumed by the next run: {e.GetType().Name}: {e.Message}",
                    Stopped: true
                );
            }
            message = result.Message;
        }
        catch (StatementTooLargeException e)
        {
            message = e.Message;
        }
        catch (FileNotFoundException)
        {
            return null; // taken meanwhile by another process's run (it imports and files it)
        }
        catch (StatementFileChangedException)
        {
            logger.LogInformation("Inbox file {FileName} changed while it was read: left for the next run", name);
            return null;
        }
        if (result?.Outcome == ImportOutcome.InProgress)
            return new Processed(name, result.Outcome, result.File.Id, result.Message);

        if (result is null || result.Outcome == ImportOutcome.Failed)
            return Quarantine(path, message, result);
        PrivateFiles.Folder(settings.Archive);
        var destination = Move(path, Path.Combine(settings.Archive, clock.GetUtcNow().ToString("yyyy-MM-dd")));
        if (result.File.Report.Errors > 0)
            await WriteErrorAsync(destination, ErrorText(name, result, message));
        logger.LogInformation(
            "Inbox file {FileName}: {Outcome}, moved to {Destination}",
            name,
            result.Outcome,
            destination
        );
        return new Processed(name, result.Outcome, result.File.Id, message);
    }

    private static bool Unchanged(string path, FileInfo before)
    {
        var now = new FileInfo(path);
        return now.Exists && now.Length == before.Length && now.LastWriteTimeUtc == before.LastWriteTimeUtc;
    }
}
