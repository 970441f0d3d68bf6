using System.Linq.Expressions;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The statuses of <see cref="CoverageStatusRules.StatusOn"/> as conditions a database can answer
/// from the first and last covered months (indexed) and the list of gaps: a worker's covered months
/// and gaps together are exactly the months from <see cref="WorkerCoverage.FirstCovered"/> to
/// <see cref="WorkerCoverage.PaidThrough"/>, so a month is covered when it lies in that range and is
/// not a gap. No index over the whole document is needed, and writing a document stays cheap.
/// </summary>
public static class CoverageQueries
{
    /// <summary>The workers whose status on <paramref name="today"/> is <paramref name="status"/>.</summary>
    public static Expression<Func<WorkerCoverage, bool>> WithStatus(
        CoverageStatus status,
        DateOnly today,
        CoveragePolicy policy
    )
    {
        var current = CoverageMonth.Of(today);
        var (c, n) = (current.ToString(), current.Next.ToString());
        var beforeRecommended = today <= policy.Recommended(current.Next);
        return status switch
        {
            CoverageStatus.Withdrawn => w => w.Withdrawn,
            CoverageStatus.Pending => w => !w.Withdrawn && (w.FirstCovered == null || w.FirstCovered.CompareTo(c) > 0),
            CoverageStatus.Lapsed => w =>
                !w.Withdrawn
                && w.FirstCovered != null
                && w.FirstCovered.CompareTo(c) <= 0
                && (w.PaidThrough!.CompareTo(c) < 0 || w.Gaps.Contains(c)),
            CoverageStatus.Covered => w =>
                !w.Withdrawn
                && w.FirstCovered != null
                && w.FirstCovered.CompareTo(c) <= 0
                && w.PaidThrough!.CompareTo(n) >= 0
                && !w.Gaps.Contains(c)
                && !w.Gaps.Contains(n),
            CoverageStatus.Due when beforeRecommended => CoversThisMonthNotNext(c, n),
            CoverageStatus.Late when !beforeRecommended => CoversThisMonthNotNext(c, n),
            _ => w => false,
        };
    }

    /// <summary>The workers the delinquency scan looks at (docs/DOMAIN.md, *Notices*): next month unpaid while this one
    /// is paid, or credit held.</summary>
    public static Expression<Func<WorkerCoverage, bool>> MayNeedNotice(DateOnly today)
    {
        var current = CoverageMonth.Of(today);
        return Or(CoversThisMonthNotNext(current.ToString(), current.Next.ToString()), w =>
            !w.Withdrawn && w.UnappliedCredit > 0
        );
    }

    // Paid through this month exactly, or further with next month a gap.
    private static Expression<Func<WorkerCoverage, bool>> CoversThisMonthNotNext(string c, string n) =>
        w =>
            !w.Withdrawn
            && w.FirstCovered != null
            && w.FirstCovered.CompareTo(c) <= 0
            && w.PaidThrough!.CompareTo(c) >= 0
            && !w.Gaps.Contains(c)
            && (w.PaidThrough == c || w.Gaps.Contains(n));

    // One condition over one parameter: what a LINQ provider translates (it cannot translate an invoked lambda).
    private static Expression<Func<WorkerCoverage, bool>> Or(
        Expression<Func<WorkerCoverage, bool>> a,
        Expression<Func<WorkerCoverage, bool>> b
    ) =>
        Expression.Lambda<Func<WorkerCoverage, bool>>(
            Expression.OrElse(a.Body, new Rebind(b.Parameters[0], a.Parameters[0]).Visit(b.Body)),
            a.Parameters
        );

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
