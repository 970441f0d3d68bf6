using Marten;
using Reconciliation.Api.Deposits;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Matching;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Matching;

/// <summary>
/// Matching and applying deposits (docs/DOMAIN.md, "Matching" and "Coverage"): each deposit goes to exactly one
/// enrolled worker named in its reference — its worker's stream then records the payment and the coverage decisions —
/// or to suspense with suggestions, never applied by guess. Everything is recorded in an <see cref="EventStoreBatch"/>
/// (the caller queues it in its session), at the versions the deposits' and workers' documents were read at: if another
/// writer got there first, the transaction fails and the work is done again on fresh state.
/// </summary>
public sealed class DepositMatching(FeeCalculator fees, CoveragePolicy policy, TimeProvider clock) : IDepositMatching
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
        var mentioned = found.Values.SelectMany(c => c.Select(x => x.Nss)).Distinct().ToArray();
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
            .GroupBy(m => m.Decision.Nss!)
            .Select(group =>
                (
                    Worker: workers[group.Key],
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
                                    PaymentReceived.Automatic,
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
            var described = string.Join(
                "; ",
                ids.Select(id =>
                    candidates.GetValueOrDefault(id) is { } c
                        ? $"{id} ({c.Amount:N2} of {c.ValueDate:yyyy-MM-dd}, "
                            + $"{c.Status.ToString().ToLowerInvariant()}{(c.Nss is null ? "" : $", worker {c.Nss}")})"
                        : id
                )
            );
            var reason =
                $"another file may have recorded this credit already: {described}. Same credit (nothing is paid) or "
                + "different "
                + "(paid as a deposit of its own)?";
            var possibly = new DepositPossiblyDuplicate(deposit.Id, ids, reason);
            Record(batch, deposit, possibly, deposit.Apply(possibly));
            Store(
                session,
                batch,
                new ExceptionItem
                {
                    Id = ExceptionItem.PossibleDuplicateId(deposit.Id),
                    Kind = ExceptionKind.PossibleDuplicate,
                    DepositId = deposit.Id,
                    Amount = deposit.Amount,
                    ValueDate = deposit.ValueDate,
                    Concept = deposit.Concept,
                    Reason = reason,
                    Candidates = [.. ids],
                    RaisedAt = clock.GetUtcNow(),
                }
            );
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
        foreach (var item in waiting.Where(i => i.Status == ExceptionItem.Open))
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

    /// <summary>Records one worker's payments (an operator's assignment, for instance), as the overload for many
    /// workers does.</summary>
    public Task ApplyAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        WorkerCoverage worker,
        List<(Deposit Deposit, PaymentReceived Payment)> payments,
        CancellationToken ct
    ) => ApplyAsync(session, batch, [(worker, payments)], ct);

    /// <summary>
    /// Records payments on each worker's stream with the decisions they bring (in the order given), marks the deposits
    /// matched, and keeps the queue in step with the lots held and completed (<see cref="LotItems"/>).
    /// </summary>
    public async Task ApplyAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<(WorkerCoverage Worker, List<(Deposit Deposit, PaymentReceived Payment)> Payments)> workers,
        CancellationToken ct
    )
    {
        var now = clock.GetUtcNow();
        var decided = new List<(WorkerCoverage After, List<object> Events)>();
        var concepts = new Dictionary<string, string?>();
        foreach (var (worker, payments) in workers)
        {
            var nss = worker.Id;
            var state = worker;
            var appended = new List<object>();
            foreach (var (deposit, payment) in payments)
            {
                var events = CoverageDecisions.Pay(state, payment, fees, policy);
                foreach (var e in events)
                    state = state.Evolve(e);
                appended.AddRange(events);
                concepts[deposit.Id] = deposit.Concept;
                var depositMatched = new DepositMatched(
                    deposit.Id,
                    nss,
                    payment.Method,
                    payment.ReferenceClean,
                    payment.Operator,
                    payment.Reason,
                    now
                );
                Record(batch, deposit, depositMatched, deposit.Apply(depositMatched));
            }
            batch.Append(nss, worker.Version, appended);
            batch.Store(nss, state with { Version = worker.Version + appended.Count });
            decided.Add((state, appended));
        }
        await FollowLotsAsync(session, batch, decided, d => concepts.GetValueOrDefault(d), ct);
    }

    /// <summary>The queue items the lots of these workers' new events raise, reopen or settle, read in one round
    /// trip.</summary>
    public async Task FollowLotsAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<(WorkerCoverage After, List<object> Events)> decided,
        Func<string, string?> conceptOf,
        CancellationToken ct
    )
    {
        var ids = decided.SelectMany(d => LotItems.Touched(d.After.Id, d.Events)).Distinct().ToArray();
        if (ids.Length == 0)
            return;
        var known = (await batch.LoadManyAsync<ExceptionItem>(session, ids, ct)).ToDictionary(i => i.Id);
        var now = clock.GetUtcNow();
        foreach (var (after, events) in decided)
        foreach (var item in LotItems.Follow(after.Id, events, after, known, conceptOf, now))
            Store(session, batch, item);
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

    private async Task SuspendAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<(Deposit Deposit, MatchDecision Decision)> suspended,
        CancellationToken ct
    )
    {
        if (suspended.Count == 0)
            return;
        var suggestions = await SuggestAsync(session, suspended, ct);
        foreach (var (deposit, decision) in suspended)
        {
            var near = ReferenceExtractor.NearNumbers(deposit.Texts ?? []).ToList();
            var depositSuspended = new DepositSuspended(
                deposit.Id,
                decision.SuspenseReason!,
                decision.Candidates.Select(c => c.Nss).ToList(),
                near,
                suggestions[deposit.Id]
            );
            Record(batch, deposit, depositSuspended, deposit.Apply(depositSuspended));
            Store(
                session,
                batch,
                new ExceptionItem
                {
                    Id = ExceptionItem.SuspenseId(deposit.Id),
                    Kind = ExceptionKind.Suspense,
                    DepositId = deposit.Id,
                    Amount = deposit.Amount,
                    ValueDate = deposit.ValueDate,
                    Concept = deposit.Concept,
                    Reason = decision.SuspenseReason!,
                    Suggestions = suggestions[deposit.Id].ToList(),
                    Candidates = decision.Candidates.Select(c => c.Nss).ToList(),
                    NearNumbers = near,
                    RaisedAt = clock.GetUtcNow(),
                }
            );
        }
    }

    /// <summary>
    /// Suspense suggestions for a batch, read in one round trip: an enrolled NSS one edit away, a CURP
    /// or RFC of an enrolled worker, an amount only one worker's fee explains.
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<Suggestion>>> SuggestAsync(
        IDocumentSession session,
        IReadOnlyList<(Deposit Deposit, MatchDecision Decision)> suspended,
        CancellationToken ct
    )
    {
        var wanted = suspended
            .Select(s =>
            {
                var texts = s.Deposit.Texts ?? [];
                var nearNss = ReferenceExtractor
                    .NearNumbers(texts)
                    .Concat(s.Decision.Candidates.Select(c => c.Nss))
                    .SelectMany(n => ReferenceExtractor.OneEditAway(n).Select(v => (Variant: v, From: n)))
                    .ToList();
                var amounts = policy.AcceptedMonths.Select(k => Money.Round2(s.Deposit.Amount / k)).ToArray();
                return (
                    s.Deposit,
                    NearNss: nearNss,
                    Curps: ReferenceExtractor.Curps(texts),
                    Rfcs: ReferenceExtractor.Rfcs(texts),
                    Amounts: amounts
                );
            })
            .ToList();

        var batch = session.CreateBatchQuery();
        var variants = wanted.SelectMany(w => w.NearNss.Select(n => n.Variant)).Distinct().ToArray();
        var enrolledVariants =
            variants.Length > 0
                ? batch.LoadMany<WorkerCoverage>().ById(variants)
                : Task.FromResult<IReadOnlyList<WorkerCoverage>>([]);
        var curps = wanted.SelectMany(w => w.Curps).Distinct().ToArray();
        var rfcs = wanted.SelectMany(w => w.Rfcs).Distinct().ToArray();
        var byIdentity =
            curps.Length + rfcs.Length > 0
                ? batch.Query<Worker>().Where(w => w.Curp.IsOneOf(curps) || w.Rfc.IsOneOf(rfcs)).ToList()
                : Task.FromResult<IReadOnlyList<Worker>>([]);
        await batch.Execute(ct);
        var byFee = await WorkersByFeeAsync(session, wanted.SelectMany(w => w.Amounts).Distinct().ToArray(), ct);

        var enrolled = (await enrolledVariants).Select(w => w.Id).ToHashSet();
        var identities = await byIdentity;
        var result = new Dictionary<string, IReadOnlyList<Suggestion>>();
        foreach (var w in wanted)
        {
            var suggestions = w
                .NearNss.Where(n => enrolled.Contains(n.Variant))
                .DistinctBy(n => n.Variant)
                .Select(n => new Suggestion(
                    n.Variant,
                    $"the reference has {n.From}, one digit away from this enrolled NSS"
                ))
                .ToList();
            suggestions.AddRange(
                identities
                    .Where(i => w.Curps.Contains(i.Curp) || w.Rfcs.Contains(i.Rfc))
                    .Select(i => new Suggestion(
                        i.Id,
                        w.Curps.Contains(i.Curp)
                            ? $"the reference has the worker's CURP {i.Curp}"
                            : $"the reference has the worker's RFC {i.Rfc}"
                    ))
            );
            var exact = w
                .Amounts.Distinct()
                .SelectMany(a => byFee[a])
                .DistinctBy(c => c.Nss)
                .Where(c =>
                    policy.AcceptedMonths.Any(k => Money.ToCentavos(c.Fee * k) == Money.ToCentavos(w.Deposit.Amount))
                )
                .ToList();
            if (exact.Count == 1)
                suggestions.Add(
                    new Suggestion(
                        exact[0].Nss,
                        $"the amount {w.Deposit.Amount:N2} is exactly this worker's fee ({exact[0].Fee:N2} a month) "
                            + "and no other's"
                    )
                );
            result[w.Deposit.Id] = suggestions.DistinctBy(s => s.Nss).ToList();
        }
        return result;
    }

    /// <summary>
    /// For each monthly fee, up to two workers who pay it (a suggestion needs exactly one), in one statement over the
    /// fee index rather than a LINQ query per fee (about 90 for a batch of 1,000 lines of the generated world).
    /// </summary>
    private static async Task<ILookup<decimal, WorkerFee>> WorkersByFeeAsync(
        IQuerySession session,
        decimal[] fees,
        CancellationToken ct
    )
    {
        if (fees.Length == 0)
            return Array.Empty<WorkerFee>().ToLookup(f => f.Fee);
        var found = await session.AdvancedSql.QueryAsync<WorkerFee>(
            WorkersByFeeStatement(session.DocumentStore.Options.Schema.For<WorkerCoverage>()),
            ct,
            fees
        );
        return found.ToLookup(f => f.Fee);
    }

    /// <summary>
    /// The statement of <see cref="WorkersByFeeAsync"/> (one parameter, the fees). Its expression must be the one
    /// Marten indexes for <c>Index(w => w.ExpectedMonthlyFee)</c>, or it reads the whole table: a test asks the
    /// planner.
    /// </summary>
    internal static string WorkersByFeeStatement(string table) =>
        $"select jsonb_build_object('nss', w.id, 'fee', f.fee) from unnest(?::numeric[]) as f(fee) cross join lateral "
        + $"(select d.id from {table} as d where CAST(d.data ->> 'expectedMonthlyFee' as numeric) = f.fee limit 2) as "
        + "w";

    // Not named Id: Marten would take a type with an Id for a document and read an id column first.
    private sealed record WorkerFee(string Nss, decimal Fee);
}
