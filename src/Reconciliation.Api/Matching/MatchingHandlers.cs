using Marten;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Matching;

/// <summary>
/// Wolverine handlers: matching runs after each import (the importer publishes <see cref="MatchDeposits"/>
/// through the durable outbox) and again for suspense items when a worker enrolls. Each runs in one
/// transaction with its events (Wolverine's Marten transaction).
/// </summary>
public static class MatchingHandlers
{
    public const int BatchSize = 2000;

    /// <summary>An import finished: match its deposits.</summary>
    public static MatchDeposits Handle(StatementImported message) => new(message.StatementFileId);

    public static async Task<object[]> Handle(MatchDeposits message, IDocumentSession session, DepositMatching matching, ReversalMatching reversals, CancellationToken ct)
    {
        var query = session.Query<Deposit>().Where(d => d.Status == DepositStatus.Unmatched);
        if (message.StatementFileId is { } fileId)
            query = query.Where(d => d.StatementFileId == fileId);
        var deposits = await query.OrderBy(d => d.ValueDate).ThenBy(d => d.Position).Take(BatchSize).ToListAsync(ct);
        await matching.MatchAsync(session, deposits, ct);
        if (deposits.Count == BatchSize)
            return [message]; // more to do: the next batch in its own transaction
        if (message.StatementFileId is { } file)
            await reversals.ApplyAsync(session, file, ct);
        return [];
    }

    public static async Task Handle(RematchSuspense message, IDocumentSession session, DepositMatching matching, TimeProvider clock, CancellationToken ct)
    {
        var worker = await session.LoadAsync<Worker>(message.Nss, ct);
        if (worker is null) return;
        var open = await session.Query<ExceptionItem>()
            .Where(i => i.Kind == ExceptionKind.Suspense && i.Status == "open")
            .Where(i => i.Candidates.Contains(message.Nss))
            .ToListAsync(ct);
        var depositIds = open.Select(i => i.DepositId!).ToArray();
        if (depositIds.Length == 0) return;
        var deposits = (await session.LoadManyAsync<Deposit>(ct, depositIds)).Where(d => d.Status == DepositStatus.Suspense).ToList();
        foreach (var item in open.Where(i => depositIds.Contains(i.DepositId)))
        {
            item.Status = "resolved";
            item.Decision = new ExceptionDecision("matched", "system", $"worker {message.Nss} enrolled", clock.GetUtcNow(), message.Nss);
            session.Store(item);
        }
        await matching.MatchAsync(session, deposits, ct);
    }
}
