namespace Reconciliation.Domain.Coverage;

/// <summary>
/// Which months a payment buys (DOMAIN.md §6). With N the first unpaid month and v the value date:
/// v ≤ due(N) pays N, N+1, … (late when after the recommended day); v > due(N) loses the months up to
/// the first month whose deadline is still ahead (a coverage gap) and pays from there; a worker who
/// never paid starts at the first month whose deadline is on or after v.
/// </summary>
public static class CoverageRules
{
    public sealed record Assignment(IReadOnlyList<CoverageMonth> Months, IReadOnlyList<CoverageMonth> Lost, bool Late);

    public static Assignment Assign(CoverageMonth? firstUnpaid, DateOnly valueDate, int monthCount, CoveragePolicy policy)
    {
        CoverageMonth start;
        var lost = new List<CoverageMonth>();
        if (firstUnpaid is { } n && valueDate <= policy.Due(n))
        {
            start = n;
        }
        else
        {
            start = policy.FirstPayableOn(valueDate);
            if (firstUnpaid is { } unpaid)
                for (var m = unpaid; m < start; m = m.Next)
                    lost.Add(m);
        }
        var late = valueDate > policy.Recommended(start) || lost.Count > 0;
        return new Assignment(Enumerable.Range(0, monthCount).Select(start.Plus).ToList(), lost, late);
    }

    /// <summary>The months of a sequence of payments, applied in order from nothing (used to recompute after a reversal).</summary>
    public static IReadOnlyList<IReadOnlyList<CoverageMonth>> Replay(IEnumerable<(DateOnly ValueDate, int MonthCount)> payments, CoveragePolicy policy)
    {
        var result = new List<IReadOnlyList<CoverageMonth>>();
        CoverageMonth? paidThrough = null;
        foreach (var (valueDate, count) in payments)
        {
            var assignment = Assign(paidThrough?.Next, valueDate, count, policy);
            result.Add(assignment.Months);
            paidThrough = assignment.Months[^1];
        }
        return result;
    }
}
