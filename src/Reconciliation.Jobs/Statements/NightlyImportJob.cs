using Hangfire;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Reconciliation.Jobs.Statements;

/// <summary>The nightly import of the drop folder, a Hangfire recurring job (also run on demand from the
/// dashboard).</summary>
public sealed class NightlyImportJob(DropFolder dropFolder, NpgsqlDataSource database, ILogger<NightlyImportJob> logger)
{
    public const string Id = "nightly-statement-import";

    // One run at a time across every server (a run that finds another one going leaves the inbox to it);
    // a failed run is retried by Hangfire, and resumes where it stopped.
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(CancellationToken ct)
    {
        await using var held = await AdvisoryLock.TryAcquireAsync(database, AdvisoryLock.KeyOf(Id), ct);
        if (held is null)
        {
            logger.LogInformation("Nightly import: another run is going on; this one leaves the inbox to it");
            return;
        }
        var processed = await dropFolder.ProcessInboxAsync(ct);
        logger.LogInformation(
            "Nightly import: {Count} file(s) from the inbox: {Outcomes}",
            processed.Count,
            string.Join(", ", processed.Select(p => $"{p.FileName}={(p.Stopped ? "stopped" : p.Outcome)}"))
        );
        // Every other file was taken; the run fails so that Hangfire's retry resumes the stopped ones soon.
        if (processed.Where(p => p.Stopped).ToList() is { Count: > 0 } stopped)
            throw new StatementImportStoppedException(
                $"{stopped.Count} inbox file(s) stopped mid-import and stay in the inbox; the retry resumes them: "
                    + string.Join("; ", stopped.Select(p => $"{p.FileName} ({p.StatementFileId}): {p.Message}"))
            );
    }
}
