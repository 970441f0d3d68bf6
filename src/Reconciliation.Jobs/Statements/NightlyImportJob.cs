using Hangfire;
using Microsoft.Extensions.Logging;

namespace Reconciliation.Jobs.Statements;

/// <summary>The nightly import of the drop folder, a Hangfire recurring job (also run on demand from the dashboard).</summary>
public sealed class NightlyImportJob(DropFolder dropFolder, ILogger<NightlyImportJob> logger)
{
    public const string Id = "nightly-statement-import";

    // One run at a time across every server; a failed run is retried by Hangfire, and resumes where it stopped.
    [DisableConcurrentExecution(timeoutInSeconds: 60 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken ct)
    {
        var processed = await dropFolder.ProcessInboxAsync(ct);
        logger.LogInformation("Nightly import: {Count} file(s) from the inbox: {Outcomes}",
            processed.Count, string.Join(", ", processed.Select(p => $"{p.FileName}={p.Outcome}")));
    }
}
