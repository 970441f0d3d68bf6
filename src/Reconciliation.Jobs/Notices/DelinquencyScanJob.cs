using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.EventStore;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Notices;

/// <summary>
/// The daily delinquency scan, a Hangfire recurring job: a query on the coverage projection finds the
/// workers who need a notice today (next month unpaid; held credit), and each new notice is scheduled
/// — a <see cref="NoticeRecord"/> with a unique id, a <see cref="NoticeScheduled"/> event on the worker's
/// stream and a <see cref="SendNotice"/> message in the outbox — in one transaction per batch.
/// </summary>
public sealed class DelinquencyScanJob(
    IDocumentStore store,
    OutboxedSessionFactory outbox,
    IWolverineRuntime wolverine,
    FeeCalculator fees,
    CoveragePolicy policy,
    NoticesSettings settings,
    TimeProvider clock,
    ILogger<DelinquencyScanJob> logger)
{
    public const string Id = "daily-delinquency-scan";

    /// <summary>Test hook: called before each batch commits; throwing simulates a transaction that rolls back.</summary>
    internal Func<Task>? BeforeCommit { get; set; }

    // No Hangfire lock: two runs at once are safe (a notice is a unique record), and a lock row left by
    // a run that died with the database would hold the next runs back until it expired.
    [Hangfire.AutomaticRetry(Attempts = 5)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = MexicoCity.Today(clock);
        var mayNeedNotice = CoverageQueries.MayNeedNotice(today);
        var scheduled = 0;
        string after = "";
        while (true)
        {
            IReadOnlyList<WorkerCoverage> page;
            await using (var query = store.QuerySession())
            {
                // Keyset paging by NSS over the workers who may need a notice: the database does the finding.
                page = await query.Query<WorkerCoverage>().Where(w => w.Id.CompareTo(after) > 0).Where(mayNeedNotice)
                    .OrderBy(w => w.Id).Take(settings.BatchSize).ToListAsync(ct);
            }
            if (page.Count == 0) break;
            scheduled += await ScheduleAsync(page, today, ct);
            after = page[^1].Id;
        }
        logger.LogInformation("Delinquency scan of {Today}: {Scheduled} notice(s) scheduled", today, scheduled);
        return scheduled;
    }

    private async Task<int> ScheduleAsync(IReadOnlyList<WorkerCoverage> workers, DateOnly today, CancellationToken ct)
    {
        var due = workers.SelectMany(w => NoticeRules.Due(w, today, policy).Select(n => (Worker: w, n.Kind, n.Month))).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var messages = new MessageContext(wolverine);
            await using var session = outbox.OpenSession(messages);
            var ids = due.Select(d => NoticeRecord.IdOf(d.Worker.Id, NoticeScheduled.IdOf(d.Kind, d.Month))).ToArray();
            var existing = (await session.LoadManyAsync<NoticeRecord>(ct, ids)).Select(r => r.Id).ToHashSet();
            var count = 0;
            foreach (var (worker, kind, month) in due)
            {
                var notice = NoticeRules.Schedule(worker, kind, month, fees.Quote(worker.MonthlyIncome, worker.Zone, today).Monthly, today, policy);
                var id = NoticeRecord.IdOf(worker.Id, notice.NoticeId);
                if (existing.Contains(id)) continue;
                session.Insert(new NoticeRecord { Id = id, Nss = worker.Id, Notice = notice, ScheduledAt = clock.GetUtcNow() });
                await session.Events.AppendOptimistic(worker.Id, ct, notice);
                await messages.PublishAsync(new SendNotice(worker.Id, notice.NoticeId));
                count++;
            }
            try
            {
                if (BeforeCommit is { } hook) await hook();
                await session.SaveChangesAsync(ct);
                await messages.FlushOutgoingMessagesAsync();
                return count;
            }
            catch (Exception e) when (attempt < 5 && (PostgresErrors.IsUniqueViolation(e) || StreamConflicts.IsVersionConflict(e)))
            {
                // Another scan scheduled some of these at the same moment: look again at what exists.
                logger.LogInformation("Notice scheduling raced with another scan; retrying the batch");
            }
        }
    }
}
