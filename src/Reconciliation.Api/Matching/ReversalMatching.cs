using Marten;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Statements;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Matching;

/// <summary>
/// A reversal or return on a statement takes a deposit back: found by tracking key and amount, the
/// deposit is marked returned and, when it paid coverage, the worker's months are revoked and recomputed.
/// A reversal whose deposit is not found goes to the operators' queue. A file's reversals are read,
/// with their deposits, workers and queue items, in one round trip per kind, and written in one batch.
/// </summary>
public sealed class ReversalMatching(CoveragePolicy policy, TimeProvider clock)
{
    public async Task ApplyAsync(IDocumentSession session, EventStoreBatch batch, Guid statementFileId, CancellationToken ct)
    {
        var reversals = await session.Query<StatementEntry>()
            .Where(e => e.StatementFileId == statementFileId && e.IsReversal && e.Direction == Direction.Debit)
            .OrderBy(e => e.Position).ToListAsync(ct);
        if (reversals.Count == 0) return;

        var keys = reversals.Select(e => e.TrackingKey).OfType<string>().Distinct().ToArray();
        var found = keys.Length == 0 ? [] : await session.Query<Deposit>().Where(d => d.TrackingKey.IsOneOf(keys)).ToListAsync(ct);
        var byReference = found.ToLookup(d => (d.TrackingKey, d.Amount), d => d.Id);
        // The deposits and workers as this batch leaves them: a file may reverse two deposits of one worker.
        var deposits = found.ToDictionary(d => d.Id);
        var nss = found.Where(d => d.Status == DepositStatus.Matched).Select(d => d.Nss).OfType<string>().Distinct().ToArray();
        var workers = nss.Length == 0 ? [] : (await session.LoadManyAsync<WorkerCoverage>(ct, nss)).ToDictionary(w => w.Id);
        var itemIds = reversals.Select(e => $"{ExceptionKind.Reversal}:{e.Id}")
            .Concat(found.SelectMany(d => new[] { $"{ExceptionKind.Suspense}:{d.Id}", $"{ExceptionKind.Amount}:{d.Id}" })).ToArray();
        var items = (await session.LoadManyAsync<ExceptionItem>(ct, itemIds)).ToDictionary(i => i.Id);

        foreach (var entry in reversals)
        {
            var candidates = entry.TrackingKey is null ? [] : byReference[(entry.TrackingKey, entry.Amount)].Select(id => deposits[id]).ToList();
            var deposit = candidates.FirstOrDefault(d => d.Status != DepositStatus.Returned) ?? candidates.FirstOrDefault();
            if (deposit is null)
            {
                var id = $"{ExceptionKind.Reversal}:{entry.Id}";
                if (!items.ContainsKey(id))
                    session.Store(items[id] = new ExceptionItem
                    {
                        Id = id, Kind = ExceptionKind.Reversal, Amount = entry.Amount, ValueDate = entry.ValueDate ?? entry.BookingDate ?? default,
                        Concept = entry.Concept, Reason = $"reversal of {entry.Amount:N2} (tracking key {entry.TrackingKey ?? "none"}) matches no recorded deposit",
                        RaisedAt = clock.GetUtcNow(),
                    });
                continue;
            }
            if (deposit.Status == DepositStatus.Returned)
                continue;

            var on = entry.ValueDate ?? entry.BookingDate ?? deposit.ValueDate;
            var returned = new DepositReturned(deposit.Id, entry.Amount, on, entry.Id);
            batch.Append(deposit.Id, deposit.Version, returned);
            deposits[deposit.Id] = deposit.Apply(returned) with { Version = deposit.Version + 1 };
            batch.Store(deposit.Id, deposits[deposit.Id]);
            if (deposit.Status == DepositStatus.Matched && deposit.Nss is { } owner && workers.TryGetValue(owner, out var worker))
            {
                var events = CoverageDecisions.Reverse(worker, new DepositReversed(owner, deposit.Id, entry.Amount, on, entry.Id), policy);
                if (events.Count > 0)
                {
                    batch.Append(owner, worker.Version, events);
                    workers[owner] = events.Aggregate(worker, (state, e) => state.Evolve(e)) with { Version = worker.Version + events.Count };
                    batch.Store(owner, workers[owner]);
                }
            }
            foreach (var kind in new[] { ExceptionKind.Suspense, ExceptionKind.Amount })
                if (items.GetValueOrDefault($"{kind}:{deposit.Id}") is { Status: ExceptionItem.Open } item)
                {
                    item.Status = ExceptionItem.Resolved;
                    item.Decision = new ExceptionDecision("returned", "bank", $"the bank reversed the deposit on {on:yyyy-MM-dd}", clock.GetUtcNow());
                    session.Store(item);
                }
        }
    }
}
