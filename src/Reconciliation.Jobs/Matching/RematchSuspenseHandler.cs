using Marten;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Jobs.Matching;

/// <summary>A worker enrolled: the deposits in suspense that name this NSS are matched again.</summary>
public static class RematchSuspenseHandler
{
    public static async Task Handle(
        RematchSuspense message,
        IDocumentSession session,
        IDocumentStore store,
        DepositMatching matching,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var worker = await session.LoadAsync<Worker>(message.Nss.Value, ct);
        if (worker is null)
            return;
        var open = await session
            .Query<ExceptionItem>()
            .Where(i => i.Kind == ExceptionKind.Suspense && i.Status == ExceptionStatus.Open)
            .Where(i => i.Candidates.Contains(message.Nss.Value))
            .ToListAsync(ct);
        var depositIds = open.Select(i => i.DepositId!).ToArray();
        if (depositIds.Length == 0)
            return;
        var deposits = (await session.LoadManyAsync<Deposit>(ct, depositIds))
            .Where(d => d.Status == DepositStatus.Suspense)
            .ToList();
        foreach (var item in open.Where(i => depositIds.Contains(i.DepositId)))
        {
            item.Resolve(
                new ExceptionDecision(
                    "matched",
                    "system",
                    $"worker {message.Nss} enrolled",
                    clock.GetUtcNow(),
                    message.Nss.Value
                )
            );
            session.Store(item);
        }
        var batch = new EventStoreBatch(store);
        await matching.MatchAsync(session, batch, deposits, ct);
        batch.QueueIn(session);
    }
}
