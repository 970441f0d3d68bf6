using Marten;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Matching;
using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Jobs.Matching;

/// <summary>A deposit no worker is found for goes to suspense, with the workers its amount or reference
/// suggests.</summary>
public sealed partial class DepositMatching
{
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
                decision.SuspenseReason!.ToString(),
                decision.Candidates.Select(c => c.Nss).ToList(),
                near,
                suggestions[deposit.Id]
            );
            Record(batch, deposit, depositSuspended, deposit.With(depositSuspended));
            var item = ExceptionItem.About(
                deposit,
                ExceptionItem.SuspenseId(deposit.Id),
                ExceptionKind.Suspense,
                decision.SuspenseReason!,
                clock.GetUtcNow()
            );
            item.Suggestions = suggestions[deposit.Id].ToList();
            item.Candidates = decision.Candidates.Select(c => c.Nss.Value).ToList();
            item.NearNumbers = near;
            Store(session, batch, item);
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
                    .Concat(s.Decision.Candidates.Select(c => c.Nss.Value))
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
                .Select(n => Suggestion.Because(Nss.Parse(n.Variant), new Phrase("near-nss", n.From)))
                .ToList();
            suggestions.AddRange(
                identities
                    .Where(i => w.Curps.Contains(i.Curp) || w.Rfcs.Contains(i.Rfc))
                    .Select(i =>
                        Suggestion.Because(
                            Nss.Parse(i.Id),
                            w.Curps.Contains(i.Curp) ? new Phrase("has-curp", i.Curp) : new Phrase("has-rfc", i.Rfc)
                        )
                    )
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
                    Suggestion.Because(
                        exact[0].Nss,
                        new Phrase("exact-fee", $"{w.Deposit.Amount:N2}", $"{exact[0].Fee:N2}")
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
        "select jsonb_build_object('nss', w.id, 'fee', f.fee) from unnest(?::numeric[]) as f(fee) cross join "
        + $"lateral (select d.id from {table} as d where CAST(d.data ->> 'expectedMonthlyFee' as numeric) = f.fee "
        + "limit 2) as w";

    // Not named Id: Marten would take a type with an Id for a document and read an id column first.
    private sealed record WorkerFee(Nss Nss, decimal Fee);
}
