using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>Money is conserved: for a worker, matched = applied + held + refunded + reversed + transferred, to the
/// centavo.</summary>
public static class Ledger
{
    public static long Imbalance(WorkerCoverage w) =>
        Money.ToCentavos(w.Matched)
        - Money.ToCentavos(w.Applied + w.UnappliedCredit + w.Refunded + w.Reversed + w.Transferred);

    public static void AssertConserved(WorkerCoverage w) =>
        Assert.True(
            Imbalance(w) == 0,
            $"matched {w.Matched} ≠ applied {w.Applied} + held {w.UnappliedCredit} + refunded {w.Refunded} + reversed "
                + $"{w.Reversed} + transferred {w.Transferred}"
        );

    /// <summary>Conserved now, and as of every day from the first event's to the last's.</summary>
    public static void AssertConserved(CoverageScenario scenario)
    {
        AssertConserved(scenario.State);
        var dates = scenario.History.Select(WorkerStream.EffectiveDate).OfType<DateOnly>().ToList();
        for (var day = dates.Min(); day <= dates.Max(); day = day.AddDays(1))
            if (WorkerStream.AsOf(scenario.History, day) is { } asOf)
                AssertConserved(asOf);
    }
}
