namespace Reconciliation.Domain.Coverage;

/// <summary>A worker's status on a date (docs/DOMAIN.md, *Status, and "as of" a date*), from the months paid.</summary>
public static class CoverageStatusRules
{
    public static CoverageStatus StatusOn(WorkerCoverage worker, DateOnly date, CoveragePolicy policy)
    {
        if (worker.WithdrawnOn is { } withdrawn && date >= withdrawn)
            return CoverageStatus.Withdrawn;
        var current = CoverageMonth.Of(date);
        if (worker.FirstCovered is null || CoverageMonth.Parse(worker.FirstCovered) > current)
            return CoverageStatus.Pending;
        if (!worker.Covers(current))
            return CoverageStatus.Lapsed;
        if (worker.Covers(current.Next))
            return CoverageStatus.Covered;
        return date <= policy.Recommended(current.Next) ? CoverageStatus.Due : CoverageStatus.Late;
    }
}
