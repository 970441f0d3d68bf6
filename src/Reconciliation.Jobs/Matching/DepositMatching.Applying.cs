using Marten;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Deposits;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Jobs.Matching;

/// <summary>A matched deposit applied to its worker: the payment, the coverage decisions, and the queue items of held
/// lots.</summary>
public sealed partial class DepositMatching
{
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
            var nss = worker.Nss;
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
                Record(batch, deposit, depositMatched, deposit.With(depositMatched));
            }
            batch.Append(nss.Value, worker.Version, appended);
            batch.Store(nss.Value, state with { Version = worker.Version + appended.Count });
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
}
