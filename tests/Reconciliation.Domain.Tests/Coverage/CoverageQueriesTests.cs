using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Notices;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>
/// The queries by status are written for the database's indexes, not as the rules are: they must
/// give, for any worker on any day, exactly what the rules give. Workers with gaps, held credit,
/// semiannual payments and nothing paid, on every day of a year.
/// </summary>
public sealed class CoverageQueriesTests
{
    private static readonly CoveragePolicy Policy = CoveragePolicy.Default;

    public static IEnumerable<WorkerCoverage> Workers()
    {
        yield return new CoverageScenario().State; // enrolled, never paid
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var w = new CoverageScenario();
            var day = new DateOnly(2026, 2, 1).AddDays(random.Next(20));
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                var amount = random.Next(10) switch
                {
                    0 => 6 * CoverageScenario.Fee2026,
                    1 => 1500m,
                    _ => CoverageScenario.Fee2026,
                };
                w.Pay(amount, day);
                // Mostly a month apart; sometimes late enough to lose months (a gap), sometimes sooner.
                day = day.AddDays(
                    random.Next(10) switch
                    {
                        0 => 75,
                        1 => 10,
                        _ => 30,
                    }
                );
            }
            yield return w.State;
        }
    }

    [Fact]
    public void Each_status_query_holds_exactly_the_workers_the_rules_give_that_status_on_every_day()
    {
        var workers = Workers().ToList();
        Assert.Contains(workers, w => w.Gaps.Count > 0);
        Assert.Contains(workers, w => w.Credits.Count > 0);
        foreach (var status in Enum.GetValues<CoverageStatus>())
            for (var today = new DateOnly(2026, 1, 1); today < new DateOnly(2027, 3, 1); today = today.AddDays(1))
            {
                var query = CoverageQueries.WithStatus(status, today, Policy).Compile();
                foreach (var w in workers)
                    Assert.True(
                        query(w) == (CoverageStatusRules.StatusOn(w, today, Policy) == status),
                        $"{status} on {today:yyyy-MM-dd} for covered "
                            + $"{string.Join(",", w.CoveredMonths)}, gaps {string.Join(",", w.Gaps)}"
                    );
            }
    }

    [Fact]
    public void The_scan_looks_at_every_worker_the_notice_rules_give_a_notice_and_at_no_other()
    {
        var workers = Workers().ToList();
        for (var today = new DateOnly(2026, 1, 1); today < new DateOnly(2027, 3, 1); today = today.AddDays(1))
        {
            var query = CoverageQueries.MayNeedNotice(today).Compile();
            foreach (var w in workers)
                Assert.True(
                    query(w) == NoticeRules.Due(w, today, Policy).Any(),
                    $"{today:yyyy-MM-dd} for covered {string.Join(",", w.CoveredMonths)}, gaps "
                        + $"{string.Join(",", w.Gaps)}, credit {w.UnappliedCredit}"
                );
        }
    }
}
