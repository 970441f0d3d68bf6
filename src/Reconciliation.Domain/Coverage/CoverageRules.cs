namespace Reconciliation.Domain.Coverage;

/// <summary>
/// Which months a payment buys (docs/DOMAIN.md, *Coverage*). With N the first unpaid month and v the value date:
/// v ≤ due(N) pays N, N+1, … (late when after the recommended day); v > due(N) loses the months up to the first
/// month whose deadline is still ahead (a coverage gap) and pays from there; a worker who never paid starts at the
/// first month whose deadline is on or after v. Months an operator named for another payment are skipped.
/// </summary>
public static class CoverageRules
{
    public sealed record Assignment(IReadOnlyList<CoverageMonth> Months, IReadOnlyList<CoverageMonth> Lost, bool Late);

    public static Assignment Assign(
        CoverageMonth? firstUnpaid,
        DateOnly valueDate,
        int monthCount,
        CoveragePolicy policy,
        IReadOnlySet<CoverageMonth>? taken = null
    )
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
                    if (taken is null || !taken.Contains(m))
                        lost.Add(m);
        }
        var months = new List<CoverageMonth>(monthCount);
        for (var m = start; months.Count < monthCount; m = m.Next)
            if (taken is null || !taken.Contains(m))
                months.Add(m);
        var late = valueDate > policy.Recommended(months[0]) || lost.Count > 0;
        return new Assignment(months, lost, late);
    }

    /// <summary>
    /// The months of a sequence of payments, applied in order from nothing (used to recompute after a reversal):
    /// a pinned payment keeps its months, the others take the next ones free.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CoverageMonth>> Replay(
        IReadOnlyList<Payment> payments,
        CoveragePolicy policy
    )
    {
        var pinned = payments.Where(p => p.Pinned).SelectMany(p => p.Months).ToHashSet();
        var result = new List<IReadOnlyList<CoverageMonth>>();
        CoverageMonth? paidThrough = null;
        foreach (var payment in payments)
        {
            var months = payment.Pinned
                ? payment.Months
                : Assign(paidThrough?.Next, payment.ValueDate, payment.MonthCount, policy, pinned).Months;
            result.Add(months);
            var last = months.Max();
            if (paidThrough is null || last > paidThrough)
                paidThrough = last;
        }
        return result;
    }
}
