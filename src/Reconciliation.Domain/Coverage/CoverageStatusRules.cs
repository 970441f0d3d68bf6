namespace Reconciliation.Domain.Coverage;

/// <summary>A worker's status on a date (docs/DOMAIN.md, "Status"), from the months paid.</summary>
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

    /// <summary>The business date of a fact of the worker's stream: what "as of" a date includes.</summary>
    public static DateOnly? EffectiveDate(object e) =>
        e switch
        {
            Workers.WorkerEnrolled x => x.EnrolledOn,
            FeeQuoted x => x.On,
            PaymentReceived x => x.On,
            PaymentConfirmed x => x.On,
            CoverageGranted x => x.DecidedOn,
            CoverageRevoked x => x.On,
            PaymentFlagged x => x.On,
            CreditHeld x => x.On,
            CreditApplied x => x.On,
            CreditRefunded x => x.On,
            CreditKept x => x.On,
            CreditTransferred x => x.On,
            Workers.WorkerWithdrawn x => x.On,
            DepositReversed x => x.ReversedOn,
            Workers.IncomeDeclared x => x.RecordedOn,
            Workers.ContactDetailsChanged x => Time.MexicoCity.DateOf(x.At),
            _ => null,
        };

    /// <summary>The worker's coverage from the facts whose business date is on or before
    /// <paramref name="asOf"/>.</summary>
    public static WorkerCoverage? AsOf(IEnumerable<object> events, DateOnly asOf)
    {
        WorkerCoverage? state = null;
        foreach (var e in events)
        {
            if (EffectiveDate(e) is not { } date || date > asOf)
                continue;
            state = e switch
            {
                Workers.WorkerEnrolled x => WorkerCoverage.Create(x),
                _ => state?.Evolve(e),
            };
        }
        return state;
    }
}
