using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Notices;

/// <summary>Which notices a worker needs on a day (DOMAIN.md §8), from the coverage state.</summary>
public static class NoticeRules
{
    public static IEnumerable<(string Kind, CoverageMonth Month)> Due(WorkerCoverage worker, DateOnly today, CoveragePolicy policy)
    {
        if (worker.Withdrawn) yield break;
        var current = CoverageMonth.Of(today);
        var next = current.Next;
        if (worker.Covers(current) && !worker.Covers(next))
        {
            if (today <= policy.Recommended(next)) yield return (NoticeKind.Reminder, next);
            else if (today <= policy.Due(next)) yield return (NoticeKind.Late, next);
            else yield return (NoticeKind.Lapse, next);
        }
        if (worker.Credits.Count > 0)
            yield return (NoticeKind.Amount, current);
    }

    public static NoticeScheduled Schedule(WorkerCoverage worker, string kind, CoverageMonth month, decimal monthlyFee, DateOnly today, CoveragePolicy policy)
    {
        var held = worker.Credits.Sum(c => c.Amount);
        return new NoticeScheduled(
            worker.Id, NoticeScheduled.IdOf(kind, month), kind, month, worker.Language, worker.Email, worker.Name, monthlyFee,
            AmountDue: kind == NoticeKind.Amount ? Math.Max(0, monthlyFee - held) : monthlyFee,
            Deadline: kind == NoticeKind.Lapse ? policy.Due(month.Next) : policy.Due(month),
            ScheduledOn: today,
            Received: kind == NoticeKind.Amount ? held : null,
            Expected: kind == NoticeKind.Amount ? monthlyFee : null);
    }
}
