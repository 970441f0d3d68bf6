using Marten;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Matching;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Matching;

/// <summary>
/// Matching and applying deposits (DOMAIN.md §7, §6) inside one session: each deposit goes to exactly
/// one enrolled worker named in its reference — its worker's stream then records the payment and the
/// coverage decisions — or to suspense with suggestions, never applied by guess.
/// </summary>
public sealed class DepositMatching(FeeCalculator fees, CoveragePolicy policy, TimeProvider clock)
{
    public async Task MatchAsync(IDocumentSession session, IReadOnlyList<Deposit> deposits, CancellationToken ct)
    {
        if (deposits.Count == 0) return;
        var found = deposits.ToDictionary(d => d.Id, d => ReferenceExtractor.Candidates(d.Texts ?? []));
        var mentioned = found.Values.SelectMany(c => c.Select(x => x.Nss)).Distinct().ToArray();
        var enrolled = (await session.LoadManyAsync<WorkerCoverage>(ct, mentioned)).Select(w => w.Id).ToHashSet();

        var matched = new List<(Deposit Deposit, MatchDecision Decision)>();
        foreach (var deposit in deposits)
        {
            var decision = Matcher.Decide(found[deposit.Id], enrolled);
            if (decision.Matched)
                matched.Add((deposit, decision));
            else
                await SuspendAsync(session, deposit, decision, ct);
        }

        foreach (var group in matched.GroupBy(m => m.Decision.Nss!))
            await ApplyAsync(session, group.Key,
                group.OrderBy(m => m.Deposit.ValueDate).ThenBy(m => m.Deposit.Position)
                    .Select(m => (m.Deposit, new PaymentReceived(group.Key, m.Deposit.Id, m.Deposit.Amount, m.Deposit.ValueDate, m.Deposit.Concept,
                        m.Deposit.TrackingKey, PaymentReceived.Automatic, m.Decision.ReferenceClean))).ToList(), ct);
    }

    /// <summary>Records payments on a worker's stream with the decisions they bring, and marks the deposits matched.</summary>
    public async Task ApplyAsync(IDocumentSession session, string nss, IReadOnlyList<(Deposit Deposit, PaymentReceived Payment)> payments, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<WorkerCoverage>(nss, ct);
        var state = stream.Aggregate ?? throw new InvalidOperationException($"no worker {nss}");
        // Items raised in this unit of work are not in the database yet: a later deposit of the batch may settle them.
        var raised = new Dictionary<string, ExceptionItem>();
        foreach (var (deposit, payment) in payments)
        {
            var events = CoverageDecisions.Pay(state, payment, fees, policy);
            foreach (var e in events) state = state.Evolve(e);
            stream.AppendMany(events);
            await session.Events.AppendOptimistic(deposit.Id, ct, new DepositMatched(deposit.Id, nss, payment.Method, payment.ReferenceClean, payment.Operator, payment.Reason, clock.GetUtcNow()));
            foreach (var held in events.OfType<CreditHeld>())
            {
                var item = new ExceptionItem
                {
                    Id = $"{ExceptionKind.Amount}:{held.DepositId}", Kind = ExceptionKind.Amount, DepositId = held.DepositId, Nss = nss,
                    Amount = held.Amount, ValueDate = held.ValueDate, Concept = deposit.Concept, Expected = held.Expected, Difference = held.Difference,
                    Reason = held.Difference < 0
                        ? $"underpaid: unapplied credit {held.CreditTotal:N2}, expected {held.Expected:N2}"
                        : $"overpaid: unapplied credit {held.CreditTotal:N2}, expected {held.Expected:N2}",
                    RaisedAt = clock.GetUtcNow(),
                };
                raised[item.Id] = item;
                session.Store(item);
            }
            // A completed credit settles the amount items of the deposits it used.
            foreach (var applied in events.OfType<CreditApplied>())
                foreach (var depositId in applied.DepositIds)
                {
                    var id = $"{ExceptionKind.Amount}:{depositId}";
                    if ((raised.GetValueOrDefault(id) ?? await session.LoadAsync<ExceptionItem>(id, ct)) is { Status: ExceptionItem.Open } item)
                    {
                        item.Status = ExceptionItem.Resolved;
                        item.Decision = new ExceptionDecision("completed", "system", $"completed to an exact amount by deposit {payment.DepositId}", clock.GetUtcNow());
                        session.Store(item);
                    }
                }
        }
    }

    private async Task SuspendAsync(IDocumentSession session, Deposit deposit, MatchDecision decision, CancellationToken ct)
    {
        var texts = deposit.Texts ?? [];
        var near = ReferenceExtractor.NearNumbers(texts).ToList();
        var suggestions = await SuggestAsync(session, deposit, decision, near, texts, ct);
        await session.Events.AppendOptimistic(deposit.Id, ct, new DepositSuspended(deposit.Id, decision.SuspenseReason!, decision.Candidates.Select(c => c.Nss).ToList(), near, suggestions));
        session.Store(new ExceptionItem
        {
            Id = $"{ExceptionKind.Suspense}:{deposit.Id}", Kind = ExceptionKind.Suspense, DepositId = deposit.Id, Amount = deposit.Amount,
            ValueDate = deposit.ValueDate, Concept = deposit.Concept, Reason = decision.SuspenseReason!, Suggestions = suggestions.ToList(),
            Candidates = decision.Candidates.Select(c => c.Nss).ToList(), NearNumbers = near, RaisedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>Suspense suggestions: an enrolled NSS one edit away, a CURP or RFC of an enrolled worker, an amount only one worker's fee explains.</summary>
    private async Task<IReadOnlyList<Suggestion>> SuggestAsync(IDocumentSession session, Deposit deposit, MatchDecision decision,
        IReadOnlyList<string> near, IReadOnlyList<string> texts, CancellationToken ct)
    {
        var suggestions = new List<Suggestion>();
        var nearNss = near.Concat(decision.Candidates.Select(c => c.Nss))
            .SelectMany(n => ReferenceExtractor.OneEditAway(n).Select(v => (Variant: v, From: n))).ToList();
        if (nearNss.Count > 0)
        {
            var workers = (await session.LoadManyAsync<WorkerCoverage>(ct, nearNss.Select(n => n.Variant).Distinct().ToArray())).Select(w => w.Id).ToHashSet();
            suggestions.AddRange(nearNss.Where(n => workers.Contains(n.Variant)).DistinctBy(n => n.Variant)
                .Select(n => new Suggestion(n.Variant, $"the reference has {n.From}, one digit away from this enrolled NSS")));
        }

        var curps = ReferenceExtractor.Curps(texts);
        var rfcs = ReferenceExtractor.Rfcs(texts);
        if (curps.Count + rfcs.Count > 0)
        {
            var byIdentity = await session.Query<Worker>().Where(w => w.Curp.IsOneOf(curps.ToArray()) || w.Rfc.IsOneOf(rfcs.ToArray())).ToListAsync(ct);
            suggestions.AddRange(byIdentity.Select(w => new Suggestion(w.Id, curps.Contains(w.Curp) ? $"the reference has the worker's CURP {w.Curp}" : $"the reference has the worker's RFC {w.Rfc}")));
        }

        var amounts = policy.AcceptedMonths.Select(k => Money.Round2(deposit.Amount / k)).ToArray();
        var byFee = await session.Query<WorkerCoverage>().Where(w => w.ExpectedMonthlyFee.IsOneOf(amounts.Cast<decimal?>().ToArray())).Take(2).ToListAsync(ct);
        var exact = byFee.Where(w => policy.AcceptedMonths.Any(k => Money.ToCentavos(w.ExpectedMonthlyFee!.Value * k) == Money.ToCentavos(deposit.Amount))).ToList();
        if (exact.Count == 1)
            suggestions.Add(new Suggestion(exact[0].Id, $"the amount {deposit.Amount:N2} is exactly this worker's fee ({exact[0].ExpectedMonthlyFee:N2} a month) and no other's"));

        return suggestions.DistinctBy(s => s.Nss).ToList();
    }
}
