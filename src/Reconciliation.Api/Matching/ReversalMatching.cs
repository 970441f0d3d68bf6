using Marten;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Statements;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Matching;

/// <summary>
/// A reversal or return on a statement takes a deposit back: found by tracking key and amount, the
/// deposit is marked returned and, when it paid coverage, the worker's months are revoked and recomputed.
/// A reversal whose deposit is not found goes to the operators' queue.
/// </summary>
public sealed class ReversalMatching(CoveragePolicy policy, TimeProvider clock)
{
    public async Task ApplyAsync(IDocumentSession session, Guid statementFileId, CancellationToken ct)
    {
        var reversals = await session.Query<StatementEntry>()
            .Where(e => e.StatementFileId == statementFileId && e.IsReversal && e.Direction == Direction.Debit)
            .OrderBy(e => e.Position).ToListAsync(ct);
        foreach (var entry in reversals)
        {
            var candidates = entry.TrackingKey is null ? [] : await session.Query<Deposit>()
                .Where(d => d.TrackingKey == entry.TrackingKey && d.Amount == entry.Amount).ToListAsync(ct);
            var deposit = candidates.FirstOrDefault(d => d.Status != DepositStatus.Returned) ?? candidates.FirstOrDefault();
            if (deposit is null)
            {
                var id = $"{ExceptionKind.Reversal}:{entry.Id}";
                if (await session.LoadAsync<ExceptionItem>(id, ct) is null)
                    session.Store(new ExceptionItem
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
            await session.Events.AppendOptimistic(deposit.Id, ct, new DepositReturned(deposit.Id, entry.Amount, on, entry.Id));
            if (deposit.Status == DepositStatus.Matched && deposit.Nss is { } nss)
            {
                var stream = await session.Events.FetchForWriting<WorkerCoverage>(nss, ct);
                stream.AppendMany(CoverageDecisions.Reverse(stream.Aggregate!, new DepositReversed(nss, deposit.Id, entry.Amount, on, entry.Id), policy));
            }
            foreach (var kind in new[] { ExceptionKind.Suspense, ExceptionKind.Amount })
                if (await session.LoadAsync<ExceptionItem>($"{kind}:{deposit.Id}", ct) is { Status: ExceptionItem.Open } item)
                {
                    item.Status = ExceptionItem.Resolved;
                    item.Decision = new ExceptionDecision("returned", "bank", $"the bank reversed the deposit on {on:yyyy-MM-dd}", clock.GetUtcNow());
                    session.Store(item);
                }
        }
    }
}
