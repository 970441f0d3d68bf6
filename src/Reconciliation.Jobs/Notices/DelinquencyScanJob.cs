using Hangfire;
using Marten;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Statements;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Notices;

/// <summary>
/// The daily delinquency scan, a Hangfire recurring job: a query on the coverage projection finds the
/// workers who need a notice today (next month unpaid; held credit), and each new notice is scheduled
/// — a <see cref="NoticeRecord"/> with a unique id and its sending in the outbox — in one transaction
/// per batch of workers. The worker's stream records the notice when it is sent (<c>NoticeSent</c>):
/// scheduling writes no event, so it never races a payment for the stream.
/// </summary>
public sealed class DelinquencyScanJob(
    IDocumentStore store,
    OutboxedSessionFactory outbox,
    IWolverineRuntime wolverine,
    FeeCalculator fees,
    CoveragePolicy policy,
    NoticesSettings settings,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<DelinquencyScanJob> logger
)
{
    public const string Id = "daily-delinquency-scan";

    /// <summary>Test hook: called before each batch commits; throwing simulates a transaction that rolls
    /// back.</summary>
    internal Func<Task>? BeforeCommit { get; set; }

    // No Hangfire lock: two runs at once are safe (a notice is a unique record), and a lock row left by
    // a run that died with the database would hold the next runs back until it expired.
    [AutomaticRetry(Attempts = 5)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = MexicoCity.Today(clock);
        if (await ImportsToWaitForAsync(ct) is { Count: > 0 } open)
        {
            // Not a failure: the scan runs again later (a scheduled job, on the dashboard), once the files are
            // imported.
            var again = jobs.Schedule<DelinquencyScanJob>(
                job => job.RunAsync(CancellationToken.None),
                settings.ScanDeferral
            );
            logger.LogWarning(
                "Delinquency scan of {Today} deferred by {Deferral}: {Count} statement file(s) received before it "
                    + "are not imported to the end ({Files}); their payments may be the ones a notice would call "
                    + "late. Runs again as Hangfire job {JobId}",
                today,
                settings.ScanDeferral,
                open.Count,
                string.Join(
                    ", ",
                    open.Select(f => $"{f.FileName} ({f.Id}, {StatementFileQueries.JsonName(f.Status)})")
                ),
                again
            );
            return 0;
        }
        var mayNeedNotice = CoverageQueries.MayNeedNotice(today);
        var scheduled = 0;
        // One pass over the workers who may need a notice, streamed as the database finds them (memory stays one
        // batch), in no particular order: paging by NSS made the database find and sort the rest of them again for
        // every page. A batch is scheduled while the next one is read: one transaction in flight, so memory stays two
        // batches.
        await using var query = store.QuerySession();
        var batch = new List<WorkerCoverage>(settings.BatchSize);
        Task<int>? writing = null;
        try
        {
            await foreach (var worker in query.Query<WorkerCoverage>().Where(mayNeedNotice).ToAsyncEnumerable(ct))
            {
                batch.Add(worker);
                if (batch.Count < settings.BatchSize)
                    continue;
                if (writing is not null)
                    scheduled += await writing;
                writing = ScheduleAsync(batch, today, ct);
                batch = new List<WorkerCoverage>(settings.BatchSize);
            }
            if (writing is not null)
            {
                var last = writing;
                writing = null;
                scheduled += await last;
            }
            if (batch.Count > 0)
                scheduled += await ScheduleAsync(batch, today, ct);
        }
        finally
        {
            // The reading failed with a batch in flight: let it end before the error goes up.
            if (writing is not null)
                await writing.ContinueWith(
                    _ => { },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default
                );
        }
        logger.LogInformation("Delinquency scan of {Today}: {Scheduled} notice(s) scheduled", today, scheduled);
        return scheduled;
    }

    /// <summary>The statement files, received before now, that are not imported to their end (none when the scan does
    /// not wait).</summary>
    public async Task<IReadOnlyList<StatementFile>> ImportsToWaitForAsync(CancellationToken ct)
    {
        if (!settings.WaitForImports)
            return [];
        await using var session = store.QuerySession();
        var now = clock.GetUtcNow();
        return (await session.WithStatusAsync(StatementFileQueries.Open, ct)).Where(f => f.ReceivedAt <= now).ToList();
    }

    private async Task<int> ScheduleAsync(IReadOnlyList<WorkerCoverage> workers, DateOnly today, CancellationToken ct)
    {
        var due = workers
            .SelectMany(w =>
                NoticeRules
                    .Due(w, today, policy)
                    .Select(n => (Worker: w, Notice: n, Id: NoticeRecord.IdOf(w.Id, n.NoticeId)))
            )
            .ToList();
        if (due.Count == 0)
            return 0;
        var ids = due.Select(d => d.Id).ToArray();
        for (var attempt = 1; ; attempt++)
        {
            var messages = new MessageContext(wolverine);
            await using var session = outbox.OpenSession(messages);
            // Only the ids: on most days of a month the notices exist already, and reading whole records was half the
            // scan.
            var existing = (
                await session.Query<NoticeRecord>().Where(r => r.Id.IsOneOf(ids)).Select(r => r.Id).ToListAsync(ct)
            ).ToHashSet();
            // Each new notice: its record (insert only: the id is unique), and one message for the batch's sending
            // (fanned out to a message per notice by its handler).
            var batch = new EventStoreBatch(store);
            var scheduled = new List<SendNotice>();
            foreach (var group in due.Where(d => !existing.Contains(d.Id)).GroupBy(d => d.Worker.Id))
            {
                var worker = group.First().Worker;
                foreach (var d in group)
                {
                    // The fee of the month the payment asked for buys (after a lapse, the month after the one lost),
                    // with the income and zone in force for it.
                    var (income, zone) = worker.IncomeFor(
                        d.Notice.Kind == NoticeKind.Lapse ? d.Notice.Month.Next : d.Notice.Month
                    );
                    var fee = fees.Quote(income, zone, today).Monthly;
                    var notice = NoticeRules.Schedule(worker, d.Notice, fee, today, policy);
                    batch.Insert(
                        d.Id,
                        new NoticeRecord
                        {
                            Id = d.Id,
                            Nss = worker.Id,
                            Notice = notice,
                            ScheduledAt = clock.GetUtcNow(),
                        }
                    );
                    scheduled.Add(new SendNotice(worker.Nss, notice.NoticeId));
                }
            }
            if (scheduled.Count == 0)
                return 0;
            batch.QueueIn(session);
            await messages.PublishAsync(new SendNotices(scheduled));
            try
            {
                if (BeforeCommit is { } hook)
                    await hook();
                await session.SaveChangesAsync(ct);
                await messages.FlushOutgoingMessagesAsync();
                return scheduled.Count;
            }
            catch (Exception e) when (attempt < 5 && PostgresErrors.IsUniqueViolation(e))
            {
                // Another scan (another node, or a run at the same time) scheduled some of these meanwhile: look again.
                logger.LogInformation("Notice scheduling raced with another scan; retrying the batch");
            }
        }
    }
}
