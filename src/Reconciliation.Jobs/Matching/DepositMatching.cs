using Marten;
using Reconciliation.Domain;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Matching;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Deposits;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Jobs.Matching;

/// <summary>
/// Matching and applying deposits (docs/DOMAIN.md, *Matching* and *Coverage*): each deposit goes to exactly one
/// enrolled worker named in its reference — its worker's stream then records the payment and the coverage decisions —
/// or to suspense with suggestions, never applied by guess. Everything is recorded in an <see cref="EventStoreBatch"/>
/// (the caller queues it in its session), at the versions the deposits' and workers' documents were read at: if another
/// writer got there first, the transaction fails and the work is done again on fresh state.
/// </summary>
public sealed partial class DepositMatching(FeeCalculator fees, CoveragePolicy policy, TimeProvider clock)
{
    public async Task MatchAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<Deposit> deposits,
        CancellationToken ct
    )
    {
        if (deposits.Count == 0)
            return;
        var found = deposits.ToDictionary(d => d.Id, d => ReferenceExtractor.Candidates(d.Texts ?? []));
        var mentioned = found.Values.SelectMany(c => c.Select(x => x.Nss.Value)).Distinct().ToArray();
        // One read for every worker the batch names: their state and stream version, so appends need no other read.
        var workers = (await batch.LoadManyAsync<WorkerCoverage>(session, mentioned, ct)).ToDictionary(w => w.Id);

        var matched = new List<(Deposit Deposit, MatchDecision Decision)>();
        var suspended = new List<(Deposit Deposit, MatchDecision Decision)>();
        var enrolled = workers.Keys.ToHashSet();
        foreach (var deposit in deposits)
        {
            var decision = Matcher.Decide(found[deposit.Id], enrolled);
            (decision.Matched ? matched : suspended).Add((deposit, decision));
        }
        await SuspendAsync(session, batch, suspended, ct);

        var payments = matched
            .GroupBy(m => m.Decision.Nss!.Value)
            .Select(group =>
                (
                    Worker: workers[group.Key.Value],
                    Payments: group
                        .OrderBy(m => m.Deposit.ValueDate)
                        .ThenBy(m => m.Deposit.Position)
                        .Select(m =>
                            (
                                m.Deposit,
                                new PaymentReceived(
                                    group.Key,
                                    m.Deposit.Id,
                                    m.Deposit.Amount,
                                    m.Deposit.ValueDate,
                                    m.Deposit.Concept,
                                    m.Deposit.TrackingKey,
                                    MatchMethod.Automatic,
                                    m.Decision.ReferenceClean,
                                    Provisional: m.Deposit.Provisional
                                )
                            )
                        )
                        .ToList()
                )
            )
            .ToList();
        await ApplyAsync(session, batch, payments, ct);
    }

    public async Task HoldPossibleDuplicatesAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<(Deposit Deposit, IReadOnlyList<string> Candidates)> held,
        CancellationToken ct
    )
    {
        if (held.Count == 0)
            return;
        var candidates = (
            await batch.LoadManyAsync<Deposit>(session, held.SelectMany(h => h.Candidates).Distinct().ToArray(), ct)
        ).ToDictionary(d => d.Id);
        foreach (var (deposit, ids) in held)
        {
            var described = ids.Select(id =>
                    candidates.GetValueOrDefault(id) is { } c
                        ? new Phrase(
                            "candidate",
                            id,
                            $"{c.Amount:N2}",
                            $"{c.ValueDate:yyyy-MM-dd}",
                            new Word(JsonNames.Of(c.Status)),
                            c.Nss is null ? "" : new Phrase("of-worker", c.Nss)
                        )
                        : new Phrase("as-is", id)
                )
                .ToList();
            var reason = new Phrase("possible-duplicate", described);
            var possibly = new DepositPossiblyDuplicate(deposit.Id, ids, reason.ToString());
            Record(batch, deposit, possibly, deposit.With(possibly));
            var item = ExceptionItem.About(
                deposit,
                ExceptionItem.PossibleDuplicateId(deposit.Id),
                ExceptionKind.PossibleDuplicate,
                reason,
                clock.GetUtcNow()
            );
            item.Candidates = [.. ids];
            Store(session, batch, item);
        }
    }

    public async Task ConfirmAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<Deposit> confirmed,
        Guid statementFileId,
        CancellationToken ct
    )
    {
        if (confirmed.Count == 0)
            return;
        var now = clock.GetUtcNow();
        var waiting = await batch.LoadManyAsync<ExceptionItem>(
            session,
            confirmed.Select(d => UnconfirmedCreditsJob.ItemId(d.Id)).ToArray(),
            ct
        );
        foreach (var item in waiting.Where(i => i.Status == ExceptionStatus.Open))
        {
            item.Resolve(
                new ExceptionDecision(
                    "confirmed",
                    "bank",
                    $"a statement confirmed the credit (file {statementFileId})",
                    now
                )
            );
            Store(session, batch, item);
        }
        var owned = confirmed.SelectMany(d => d.Workers.Select(nss => (Nss: nss, Deposit: d))).ToList();
        if (owned.Count == 0)
            return;
        var workers = (
            await batch.LoadManyAsync<WorkerCoverage>(session, owned.Select(o => o.Nss).Distinct().ToArray(), ct)
        ).ToDictionary(w => w.Id);
        var decided = new List<(WorkerCoverage After, List<object> Events)>();
        foreach (var group in owned.Where(o => workers.ContainsKey(o.Nss)).GroupBy(o => o.Nss))
        {
            var worker = workers[group.Key];
            var appended = new List<object>();
            foreach (var (_, deposit) in group)
            foreach (
                var e in CoverageDecisions.Confirm(worker, deposit.Id, deposit.Amount, statementFileId, fees, policy)
            )
            {
                worker = worker.Evolve(e);
                appended.Add(e);
            }
            if (appended.Count == 0)
                continue;
            batch.Append(group.Key, workers[group.Key].Version, appended);
            batch.Store(group.Key, worker with { Version = workers[group.Key].Version + appended.Count });
            decided.Add((worker, appended));
        }
        var concepts = confirmed.ToDictionary(d => d.Id, d => d.Concept);
        await FollowLotsAsync(session, batch, decided, d => concepts.GetValueOrDefault(d), ct);
    }

    /// <summary>A queue item is written in the session (its optimistic concurrency is the session's); the batch is
    /// told, for a batch prepared while this one commits.</summary>
    private static void Store(IDocumentSession session, EventStoreBatch batch, ExceptionItem item)
    {
        session.Store(item);
        batch.WrittenInSession(item.Id, item);
    }

    /// <summary>An event on a deposit's stream and the deposit document it leaves, at the next version.</summary>
    private static void Record(EventStoreBatch batch, Deposit deposit, object @event, Deposit after)
    {
        batch.Append(deposit.Id, deposit.Version, @event);
        batch.Store(deposit.Id, after with { Version = deposit.Version + 1 });
    }
}
