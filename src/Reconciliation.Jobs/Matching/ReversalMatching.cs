using Marten;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Deposits;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Jobs.Matching;

/// <summary>
/// The debits of a statement file that take deposits back — reversal entries and plain debits alike — found by the
/// original's identity (<see cref="Returns"/>). The deposit is marked returned, and each worker who holds part of it
/// loses that part: its held credit, or the months it paid, recomputed, with the other parts of a combined payment held
/// again as of the reversal's date. What cannot be decided by rule goes to the operators' queue. A file's debits are
/// read, with their deposits, workers and queue items, in a few round trips, and written in one batch.
/// </summary>
public sealed class ReversalMatching(
    FeeCalculator fees,
    CoveragePolicy policy,
    DepositMatching matching,
    TimeProvider clock
)
{
    private const int ReturnWindowDays = 90;

    public async Task ApplyAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        Guid statementFileId,
        CancellationToken ct
    )
    {
        // A notification's debits are not final: the statement that books them takes the deposit back.
        if (
            await session.LoadAsync<StatementFile>(statementFileId, ct) is not { } file
            || file.Report.Format is { } format && format.IsProvisional()
        )
            return;
        var debits = await session
            .Query<StatementEntry>()
            .Where(e => e.StatementFileId == statementFileId && e.Disposition == LineDisposition.Debit)
            .OrderBy(e => e.Position)
            .ToListAsync(ct);
        if (debits.Count == 0)
            return;
        var identities = debits.Select(Identity).ToList();
        var deposits = await CandidatesAsync(session, identities, ct);

        var now = clock.GetUtcNow();
        var items = new List<ExceptionItem>();
        var returned = new List<(Deposit Deposit, StatementEntry Entry)>();
        foreach (var (entry, identity) in debits.Zip(identities))
        {
            var match = Returns.Find(identity, deposits.Values);
            if (match.Problem is { } problem)
                items.Add(ReversalItem(entry, problem, now));
            if (match.Original is { Status: not DepositStatus.Returned } original)
            {
                returned.Add((original, entry));
                // Found once: a later line of the file naming it again is told it was taken back.
                deposits[original.Id] = original with { Status = DepositStatus.Returned, ReturnedBy = entry.Id };
            }
        }
        await TakeBackAsync(session, batch, returned, items, ct);

        var known = (await session.LoadManyAsync<ExceptionItem>(ct, items.Select(i => i.Id).ToArray()))
            .Select(i => i.Id)
            .ToHashSet();
        foreach (var item in items.Where(i => !known.Contains(i.Id)).DistinctBy(i => i.Id))
            session.Store(item);
    }

    private static DebitIdentity Identity(StatementEntry e) =>
        new(
            e.Amount,
            e.ValueDate ?? e.BookingDate,
            e.SendingParticipant,
            new[] { e.TrackingKey, e.BankReference }.Concat(e.References ?? []).OfType<string>().ToList(),
            e.IsReturn || e.IsReversal,
            e.Id
        );

    /// <summary>
    /// The deposits the debits may name: by tracking key (indexed); for returns that name none so, the deposits of
    /// their amount without a tracking key (the bank ran it into the payer's name), which the rule then checks by the
    /// start of their text.
    /// </summary>
    private static async Task<Dictionary<string, Deposit>> CandidatesAsync(
        IQuerySession session,
        IReadOnlyList<DebitIdentity> debits,
        CancellationToken ct
    )
    {
        // Deposits keep their tracking keys in upper case, as the debits' keys are compared.
        var keys = debits.SelectMany(Returns.Keys).Distinct().ToArray();
        var found =
            keys.Length == 0
                ? []
                : await session.Query<Deposit>().Where(d => d.TrackingKey.IsOneOf(keys)).ToListAsync(ct);
        var byKey = found.Select(d => d.TrackingKey!).ToHashSet();
        var unnamed = debits.Where(d => d.MarkedAsReturn && !Returns.Keys(d).Any(byKey.Contains)).ToList();
        if (unnamed.Count > 0)
        {
            // Returns come within weeks of their credit: the search goes back ReturnWindowDays from the earliest.
            var amounts = unnamed.Select(d => d.Amount).Distinct().ToArray();
            var from = (unnamed.Min(d => d.Date) ?? DateOnly.MinValue.AddDays(ReturnWindowDays)).AddDays(
                -ReturnWindowDays
            );
            found =
            [
                .. found,
                .. await session
                    .Query<Deposit>()
                    .Where(d => d.TrackingKey == null && d.Amount.IsOneOf(amounts) && d.ValueDate >= from)
                    .ToListAsync(ct),
            ];
        }
        return found.DistinctBy(d => d.Id).ToDictionary(d => d.Id);
    }

    /// <summary>Each deposit returned: its stream says so, and every worker who holds part of it loses that
    /// part.</summary>
    public async Task TakeBackAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        List<(Deposit Deposit, StatementEntry Entry)> returned,
        List<ExceptionItem> items,
        CancellationToken ct
    )
    {
        if (returned.Count == 0)
            return;
        var nss = returned.SelectMany(r => r.Deposit.Workers).Distinct().ToArray();
        var workers =
            nss.Length == 0
                ? []
                : (await batch.LoadManyAsync<WorkerCoverage>(session, nss, ct)).ToDictionary(w => w.Id);
        var appended = workers.Keys.ToDictionary(k => k, _ => new List<object>());
        var waiting = (
            await batch.LoadManyAsync<ExceptionItem>(
                session,
                returned
                    .SelectMany(r =>
                        new[] { ExceptionItem.SuspenseId(r.Deposit.Id), UnconfirmedCreditsJob.ItemId(r.Deposit.Id) }
                    )
                    .ToArray(),
                ct
            )
        ).ToDictionary(i => i.Id);
        var now = clock.GetUtcNow();
        foreach (var (deposit, entry) in returned)
        {
            var on = entry.ValueDate ?? entry.BookingDate ?? deposit.ValueDate;
            var depositReturned = new DepositReturned(deposit.Id, entry.Amount, on, entry.Id);
            batch.Append(deposit.Id, deposit.Version, depositReturned);
            batch.Store(deposit.Id, deposit.With(depositReturned) with { Version = deposit.Version + 1 });
            var taken = 0m;
            foreach (var owner in deposit.Workers.Where(workers.ContainsKey))
            {
                var events = ReversalDecisions.Reverse(workers[owner], deposit.Id, on, entry.Id, fees, policy);
                if (events.Count == 0)
                    continue;
                workers[owner] = events.Aggregate(workers[owner], (state, e) => state.Evolve(e));
                appended[owner].AddRange(events);
                taken += events.OfType<DepositReversed>().Single().Amount;
            }
            // Money no worker still had (refunded, or never matched but refunded): the bank took it back from IMSS all
            // the same.
            if (
                taken < deposit.Amount
                && deposit.Status is DepositStatus.Matched or DepositStatus.RefundRequested
                && !deposit.Provisional
            )
                items.Add(
                    ReversalItem(
                        entry,
                        new Phrase(
                            "taken-back-more",
                            deposit.Id,
                            $"{deposit.Amount:N2}",
                            $"{taken:N2}",
                            string.Join(", ", deposit.Workers)
                        ),
                        now
                    )
                );
            foreach (
                var item in waiting.Values.Where(i => i.DepositId == deposit.Id && i.Status == ExceptionStatus.Open)
            )
            {
                item.Resolve(
                    new ExceptionDecision("returned", "bank", $"the bank took the deposit back on {on:yyyy-MM-dd}", now)
                );
                session.Store(item);
            }
        }
        var decided = new List<(WorkerCoverage After, List<object> Events)>();
        foreach (var (owner, events) in appended.Where(a => a.Value.Count > 0))
        {
            batch.Append(owner, workers[owner].Version, events);
            batch.Store(owner, workers[owner] with { Version = workers[owner].Version + events.Count });
            decided.Add((workers[owner], events));
        }
        await matching.FollowLotsAsync(session, batch, decided, _ => null, ct);
    }

    private static ExceptionItem ReversalItem(StatementEntry entry, Phrase problem, DateTimeOffset now) =>
        new()
        {
            Id = $"{ExceptionKind.Reversal.Name()}:{entry.Id}",
            Kind = ExceptionKind.Reversal,
            Amount = entry.Amount,
            ValueDate = entry.ValueDate ?? entry.BookingDate ?? default,
            Concept = entry.Concept,
            Reason = problem.ToString(),
            Why = problem,
            RaisedAt = now,
        };
}
