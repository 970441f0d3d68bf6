using Marten;
using Npgsql;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Matching;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Jobs.Deposits;

/// <summary>A deposit counted although another file's deposit is the same credit, and what it bought.</summary>
public sealed record CountedTwice(
    string DuplicateId,
    string OriginalId,
    decimal Amount,
    DateOnly ValueDate,
    string? Nss,
    IReadOnlyList<string> MonthsBought,
    decimal HeldOrApplied,
    string Why
);

/// <summary>
/// The repair of what was stored before one credit was recognised through several doors: it finds the deposits of
/// different files that describe one credit by the rule (<see cref="CreditIdentity"/>), both counted, lists the later
/// one with the coverage it bought, and — only when an operator confirms one — takes it back from its workers with an
/// event (coverage recomputed, any other part of a payment held again), and makes it a sighting of the original.
/// </summary>
public sealed class DuplicateRepair(
    IDocumentStore store,
    NpgsqlDataSource database,
    FeeCalculator fees,
    CoveragePolicy policy,
    DepositMatching matching,
    TimeProvider clock
)
{
    public async Task<IReadOnlyList<CountedTwice>> FindAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var ids = await SuspectsAsync(session.DocumentStore.Options.Schema.For<Deposit>(), ct);
        if (ids.Count == 0)
            return [];
        var deposits = (await session.LoadManyAsync<Deposit>(ct, ids)).ToDictionary(d => d.Id);
        var received = (
            await session
                .Events.QueryRawEventDataOnly<DepositReceived>()
                .Where(e => e.DepositId.IsOneOf(ids.ToArray()))
                .ToListAsync(ct)
        ).ToDictionary(e => e.DepositId);
        var files = (
            await session.LoadManyAsync<StatementFile>(ct, deposits.Values.Select(d => d.StatementFileId).Distinct())
        ).ToDictionary(f => f.Id, f => f.ReceivedAt);
        var found = new List<CountedTwice>();
        foreach (var bucket in received.Values.GroupBy(e => e.Traits.Bucket))
        {
            var inOrder = bucket
                .OrderBy(e => files.GetValueOrDefault(e.StatementFileId))
                .ThenBy(e => e.Position)
                .ToList();
            for (var i = 1; i < inOrder.Count; i++)
            {
                var later = inOrder[i];
                var same = inOrder
                    .Take(i)
                    .Where(e =>
                        e.StatementFileId != later.StatementFileId
                        && CreditIdentity.Compare(later.Traits, e.Traits) == Sameness.Same
                    )
                    .ToList();
                if (same.Count == 1)
                    found.Add(await DescribeAsync(session, deposits[later.DepositId], same[0].DepositId, ct));
            }
        }
        return found;
    }

    /// <summary>Takes back a deposit <see cref="FindAsync"/> lists, from its workers; null when it is not (or no
    /// longer) listed.</summary>
    public async Task<CountedTwice?> ReverseAsync(string duplicateId, DecisionBy by, CancellationToken ct)
    {
        if ((await FindAsync(ct)).FirstOrDefault(c => c.DuplicateId == duplicateId) is not { } pair)
            return null;
        await using var session = store.LightweightSession();
        var duplicate = (await session.LoadAsync<Deposit>(duplicateId, ct))!;
        var received = (await session.Events.FetchStreamAsync(duplicateId, token: ct))
            .Select(e => e.Data)
            .OfType<DepositReceived>()
            .Single();
        session.Events.Append(
            duplicateId,
            duplicate.Version + 1,
            new DepositFoundDuplicate(duplicateId, pair.OriginalId, by.Operator, by.Reason, clock.GetUtcNow())
        );
        session.Events.Append(
            pair.OriginalId,
            new DepositSighted(
                pair.OriginalId,
                received.StatementFileId,
                received.Position,
                received.Location,
                received.Raw,
                received.TrackingKey,
                received.PayerName,
                received.RunTogether,
                received.PayerAccount
            )
        );

        var batch = new EventStoreBatch(store);
        var decided = new List<(WorkerCoverage After, List<object> Events)>();
        foreach (var worker in await batch.LoadManyAsync<WorkerCoverage>(session, duplicate.Workers.ToArray(), ct))
        {
            var events = ReversalDecisions
                .Reverse(
                    worker,
                    duplicateId,
                    by.Today,
                    $"repair:{by.Operator}",
                    fees,
                    policy,
                    new Phrase("counted-twice", pair.OriginalId, by.Operator)
                )
                .ToList();
            if (events.Count == 0)
                continue;
            var after = events.Aggregate(worker, (state, e) => state.Evolve(e));
            batch.Append(worker.Id, worker.Version, events);
            batch.Store(worker.Id, after with { Version = worker.Version + events.Count });
            decided.Add((after, events));
        }
        await matching.FollowLotsAsync(session, batch, decided, _ => duplicate.Concept, ct);
        batch.QueueIn(session);
        await session.SaveChangesAsync(ct);
        return pair;
    }

    /// <summary>
    /// Deposits of one value date, amount and sending participant recorded from more than one file, both counted:
    /// computed from the documents' own fields, so deposits recorded before their bucket was kept are found too. One
    /// pass over the table.
    /// </summary>
    private async Task<List<string>> SuspectsAsync(string table, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            $"select unnest(array_agg(id)) from {table} where data ->> 'sendingParticipant' is not null and "
                + "coalesce(data ->> 'status', '') not in ('duplicate', 'possible-duplicate') group by data ->> "
                + "'valueDate', (data ->> 'amount')::numeric, data ->> 'sendingParticipant' having count(distinct "
                + "data ->> 'statementFileId') > 1"
        );
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task<CountedTwice> DescribeAsync(
        IQuerySession session,
        Deposit duplicate,
        string originalId,
        CancellationToken ct
    )
    {
        var worker = duplicate.Nss is { } nss ? await session.LoadAsync<WorkerCoverage>(nss, ct) : null;
        var months = worker
            ?.Payments.Where(p => p.Parts.Any(x => x.DepositId == duplicate.Id))
            .SelectMany(p => p.Months)
            .Select(m => m.ToString())
            .Order()
            .ToList()
            ?? [];
        return new CountedTwice(
            duplicate.Id,
            originalId,
            duplicate.Amount,
            duplicate.ValueDate,
            duplicate.Nss,
            months,
            worker?.ShareOf(duplicate.Id) ?? 0m,
            $"the same credit as deposit {originalId} (value date, amount, sending participant and the tracking key "
                + "or payer's CLABE agree)"
        );
    }
}
