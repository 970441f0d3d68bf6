using CsCheck;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>
/// Money is conserved, whatever happens: generated histories of two workers — exact, under- and overpaid deposits,
/// parts of split payments and what completes them, 6 and 12 months, late imports, across month and year ends
/// (January's minimum wage, February's UMA), notified credits and their confirmation, operators' decisions on lots
/// (including lots no longer held), reversals and returns, withdrawals — checked after every step: for each worker,
/// matched = applied + held + refunded + reversed + transferred to the centavo, now and as of every date of its
/// history; no month granted twice; the state rebuilt "as of" the end equals the one folded step by step (an event
/// without a business date would be dropped from every "as of"); and all the money counted is the money received. Runs
/// with a fixed seed and a bounded count in CI; a failing seed is printed (CsCheck) and kept in
/// <see cref="Regressions"/>.
/// </summary>
public sealed class MoneyConservationProperties
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly Gen<MoneyStep> Step = Gen.Frequency(
        (
            8,
            Gen.Select(Gen.Int[0, 1], Gen.Int[0, 15], Gen.Int[1, 4000], Gen.Int[0, 20], Gen.Int[0, 12], Gen.Int[0, 9])
                .Select(
                    (w, k, c, later, lag, p) =>
                        (MoneyStep)new MoneyStep.Deposit(w, k, c, later, lag < 9 ? 0 : lag, Provisional: p == 0)
                )
        ),
        (1, Gen.Select(Gen.Int[0, 100], Gen.Int[1, 3000]).Select((p, c) => (MoneyStep)new MoneyStep.Confirm(p, c))),
        (
            5,
            Gen.Select(Gen.Int[0, 1], Gen.Int[0, 100], Gen.Int[0, 5], Gen.Bool)
                .Select((w, p, a, r) => (MoneyStep)new MoneyStep.Decide(w, p, a, r))
        ),
        (2, Gen.Select(Gen.Int[0, 100], Gen.Int[0, 10]).Select((p, d) => (MoneyStep)new MoneyStep.Reverse(p, d))),
        // Now and then a withdrawal (one draw in seven); otherwise a confirmation.
        (
            1,
            Gen.Select(Gen.Int[0, 13], Gen.Int[0, 30])
                .Select((w, ago) => w < 2 ? (MoneyStep)new MoneyStep.Withdraw(w, ago) : new MoneyStep.Confirm(w))
        ),
        // A new income or zone between deposits, from this month to four ahead (some refused: a month paid or past).
        (
            1,
            Gen.Select(Gen.Int[0, 1], Gen.Int[0, 40000], Gen.Bool, Gen.Int[0, 4])
                .Select(
                    (w, income, zone, ahead) =>
                        (MoneyStep)new MoneyStep.DeclareIncome(w, income < 5000 ? 0 : income, zone, ahead)
                )
        )
    );

    private static readonly Gen<MoneyStep[]> Histories = Step.Array[1, 40];

    /// <summary>
    /// In CI: the fixed seed and 1,000 histories. To explore, MONEY_PROPERTY_ITER=100000 runs that many from a random
    /// seed (and prints the seed of any failure).
    /// </summary>
    [Fact]
    public void Money_is_conserved_after_every_step_and_as_of_every_date()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("MONEY_PROPERTY_ITER"), out var explore))
            Histories.Sample(Check, iter: explore, print: Print);
        else
            Histories.Sample(Check, seed: Seed, iter: 1000, threads: 1, print: Print);
    }

    /// <summary>Histories that once failed: a deposit imported late, after a reversal, was granted months as of its
    /// value date that the reversed payment still held then (as of that date, one month twice).</summary>
    [Theory]
    [InlineData("5IKExmdDnUC1")]
    [InlineData("di29Vt9H2Ot1")]
    public void Regressions(string seed)
    {
        Histories.Sample(Check, seed: seed, iter: 1, threads: 1, print: Print);
    }

    private static string Print(MoneyStep[] steps) => string.Join("\n", steps.Select(s => s.ToString()));

    private static void Check(MoneyStep[] steps)
    {
        var world = new MoneyWorld();
        foreach (var step in steps)
        {
            world.Apply(step);
            for (var w = 0; w < world.States.Length; w++)
                CheckWorker(world, w);
            var counted = world.States.Sum(s => s.Matched - s.Transferred);
            var received = world.Credits.Where(c => c.Money).Sum(c => c.Amount);
            Assert.True(
                Money.ToCentavos(counted) == Money.ToCentavos(received),
                $"counted {counted}, received {received}"
            );
        }
    }

    private static void CheckWorker(MoneyWorld world, int w)
    {
        var state = world.States[w];
        Ledger.AssertConserved(state);
        var months = state.Payments.SelectMany(p => p.Months).ToList();
        Assert.True(
            months.Count == months.Distinct().Count(),
            $"a month granted twice: {string.Join(", ", months.Order())}"
        );
        Assert.All(state.Credits, c => Assert.True(c.Amount > 0, $"lot {c.DepositId} holds {c.Amount}"));

        var history = world.History(w).ToList();
        var rebuilt = WorkerStream.AsOf(history, DateOnly.MaxValue)!;
        Assert.Equal(MoneyWorld.Snapshot(state), MoneyWorld.Snapshot(rebuilt));

        // As of every date the ledger can change on, and the day before each.
        var dates = history.Select(WorkerStream.EffectiveDate).OfType<DateOnly>().Distinct().ToList();
        foreach (var day in dates.Concat(dates.Select(d => d.AddDays(-1))).Distinct())
            if (WorkerStream.AsOf(history, day) is { } asOf)
            {
                Ledger.AssertConserved(asOf);
                var then = asOf.Payments.SelectMany(p => p.Months).ToList();
                Assert.True(then.Count == then.Distinct().Count(), $"as of {day:yyyy-MM-dd} a month granted twice");
            }
    }
}
