using Marten;
using Microsoft.Extensions.Logging;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Sees that every file received is imported to the end: a recurring job (<see cref="StatementsSettings.SweepCron"/>),
/// and a pass at start-up. A file left <c>received</c> or <c>importing</c> with no progress for
/// <see cref="StatementsSettings.ResumeAfter"/> (a client that went away, a process killed mid-import, a database that
/// failed under it) is resumed from its checkpoint; after <see cref="StatementsSettings.MaxAttempts"/> attempts it is
/// marked <c>failed</c> with its last error, for an operator to read and retry. A file another process is importing is
/// left to it.
/// </summary>
public sealed class StatementSweeper(
    IDocumentStore store,
    StatementImporter importer,
    StatementsSettings settings,
    TimeProvider clock,
    ILogger<StatementSweeper> logger
)
{
    public const string Id = "statement-sweeper";

    public sealed record Swept(int Resumed, int Finished, int GivenUp, int Busy);

    /// <summary>One pass. With <paramref name="anyAge"/> (start-up), every open file is taken, however recent its
    /// progress.</summary>
    [Hangfire.AutomaticRetry(Attempts = 0)]
    public async Task<Swept> RunAsync(bool anyAge, CancellationToken ct)
    {
        var idleSince = clock.GetUtcNow() - (anyAge ? TimeSpan.Zero : settings.ResumeAfter);
        List<Guid> open;
        await using (var session = store.QuerySession())
            open = (await session.WithStatusAsync(StatementFileQueries.Open, ct))
                .Where(f => (f.LastProgressAt ?? f.ReceivedAt) <= idleSince)
                .OrderBy(f => f.ReceivedAt)
                .Select(f => f.Id)
                .ToList();

        int resumed = 0,
            finished = 0,
            givenUp = 0,
            busy = 0;
        foreach (var id in open)
        {
            ct.ThrowIfCancellationRequested();
            await using (var session = store.QuerySession())
            {
                var file = await session.LoadAsync<StatementFile>(id, ct);
                if (file is not { Status: StatementFileStatus.Received or StatementFileStatus.Importing })
                    continue;
                if (file.Attempts >= settings.MaxAttempts)
                {
                    if (await importer.GiveUpAsync(id, ct) is not null)
                        givenUp++;
                    else
                        busy++;
                    continue;
                }
                logger.LogWarning(
                    "Statement file {StatementFileId} ({FileName}) was left {Status} after {Attempts} attempt(s): "
                        + "resuming it",
                    file.Id,
                    file.FileName,
                    StatementFileQueries.JsonName(file.Status),
                    file.Attempts
                );
            }
            resumed++;
            try
            {
                var result = await importer.RunAsync(id, "sweeper", ct);
                if (result.Outcome == ImportOutcome.InProgress)
                    busy++;
                else
                    finished++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Recorded on the file by the importer; the next pass tries again, up to the limit.
                logger.LogWarning(
                    "Statement file {StatementFileId}: the sweeper's attempt stopped: {Error}",
                    id,
                    e.Message
                );
            }
        }
        if (open.Count > 0)
            logger.LogInformation(
                "Statement sweeper: {Open} open file(s); {Resumed} resumed, {Finished} finished, {GivenUp} given "
                    + "up, {Busy} in another process's hands",
                open.Count,
                resumed,
                finished,
                givenUp,
                busy
            );
        return new Swept(resumed, finished, givenUp, busy);
    }
}
