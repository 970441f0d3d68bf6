using Microsoft.Extensions.Logging;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// The drop folder: files put in <c>inbox/</c> are imported and moved to <c>archive/YYYY-MM-DD/</c>,
/// or to <c>failed/</c> with a <c>.error.txt</c> beside them saying what is wrong and where.
/// A failed file is also kept in the store with its error and can be retried.
/// </summary>
public sealed class DropFolder(StatementImporter importer, StatementsSettings settings, TimeProvider clock, ILogger<DropFolder> logger)
{
    public sealed record Processed(string FileName, ImportOutcome Outcome, Guid? StatementFileId, string Message);

    public async Task<IReadOnlyList<Processed>> ProcessInboxAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(settings.Inbox);
        var results = new List<Processed>();
        var now = clock.GetUtcNow();
        foreach (var path in Directory.EnumerateFiles(settings.Inbox).Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
                continue;
            if (now - File.GetLastWriteTimeUtc(path) < settings.InboxSettleTime)
            {
                logger.LogInformation("Inbox file {FileName} changed less than {Settle} ago: left for the next run", name, settings.InboxSettleTime);
                continue;
            }
            results.Add(await ProcessAsync(path, ct));
        }
        return results;
    }

    private async Task<Processed> ProcessAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        StatementImportResult? result = null;
        string message;
        try
        {
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
                result = await importer.ImportAsync(stream, name, "inbox", ct);
            message = result.Message;
        }
        catch (StatementTooLargeException e)
        {
            message = e.Message;
        }
        catch (FileNotFoundException)
        {
            // Taken meanwhile by another process's run (it imports and files it).
            return new Processed(name, ImportOutcome.InProgress, null, "The file left the inbox while this run reached it.");
        }
        if (result?.Outcome == ImportOutcome.InProgress)
            return new Processed(name, result.Outcome, result.File.Id, result.Message);

        var failed = result is null || result.Outcome == ImportOutcome.Failed;
        var target = failed ? settings.Failed : Path.Combine(settings.Archive, clock.GetUtcNow().ToString("yyyy-MM-dd"));
        Directory.CreateDirectory(target);
        var destination = Unique(Path.Combine(target, name));
        File.Move(path, destination);
        if (failed || result!.File.Report.Errors > 0)
            await File.WriteAllTextAsync(destination + ".error.txt", ErrorText(name, result, message), ct);
        logger.LogInformation("Inbox file {FileName}: {Outcome}, moved to {Destination}", name, result?.Outcome.ToString() ?? "refused", destination);
        return new Processed(name, result?.Outcome ?? ImportOutcome.Failed, result?.File.Id, message);
    }

    private static string ErrorText(string name, StatementImportResult? result, string message)
    {
        var lines = new List<string> { $"file: {name}", $"result: {message}" };
        if (result is not null)
        {
            lines.Add($"statement file id: {result.File.Id} (GET /api/statements/{result.File.Id}; retry with POST /api/statements/{result.File.Id}/retry)");
            lines.AddRange(result.File.Report.Problems.Select(p => $"{(p.Fatal ? "fatal" : "error")}: {p.Location}: {p.Reason}"));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Unique(string path)
    {
        if (!File.Exists(path)) return path;
        var directory = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var i = 2; ; i++)
        {
            var candidate = Path.Combine(directory, $"{stem}.{i}{extension}");
            if (!File.Exists(candidate)) return candidate;
        }
    }
}
