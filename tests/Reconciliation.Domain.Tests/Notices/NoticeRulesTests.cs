using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Tests.Coverage;

namespace Reconciliation.Domain.Tests.Notices;

/// <summary>Which notice a worker needs on a day.</summary>
public sealed class NoticeRulesTests
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static string[] Due(CoverageScenario w, DateOnly today) =>
        NoticeRules.Due(w.State, today, CoveragePolicy.Default).Select(n => $"{n.Kind.Name()}:{n.Month}").ToArray();

    [Theory]
    [InlineData(1, "reminder:2026-05")]
    [InlineData(15, "reminder:2026-05")]
    [InlineData(16, "late:2026-05")]
    [InlineData(20, "late:2026-05")]
    [InlineData(21, "lapse:2026-05")]
    [InlineData(30, "lapse:2026-05")]
    public void Next_month_unpaid_gives_a_reminder_then_a_late_notice_then_a_lapse_notice(int day, string notice)
    {
        var w = new CoverageScenario();
        w.Pay(CoverageScenario.Fee2026, D(3, 10)); // April
        Assert.Equal([notice], Due(w, D(4, day)));
    }

    [Fact]
    public void Nothing_is_due_when_next_month_is_paid_or_coverage_has_not_started()
    {
        var w = new CoverageScenario();
        Assert.Empty(Due(w, D(3, 1)));
        w.Pay(6 * CoverageScenario.Fee2026, D(3, 10));
        Assert.Empty(Due(w, D(4, 18)));
    }

    [Fact]
    public void Held_credit_gives_one_amount_notice_per_deposit_about_the_month_it_would_pay()
    {
        var w = new CoverageScenario();
        w.Pay(1500m, D(3, 10));
        var due = Assert.Single(NoticeRules.Due(w.State, D(3, 11), CoveragePolicy.Default));
        Assert.Equal((NoticeKind.Amount, new CoverageMonth(2026, 4), "D1"), (due.Kind, due.Month, due.DepositId));
        Assert.Equal(NoticeRules.AmountNoticeId("D1"), due.NoticeId);
        var notice = NoticeRules.Schedule(w.State, due, CoverageScenario.Fee2026, D(3, 11), CoveragePolicy.Default);
        Assert.Equal(1500m, notice.Received);
        Assert.Equal(CoverageScenario.Fee2026, notice.Expected);
        Assert.Equal(405.82m, notice.AmountDue);
        Assert.Equal(D(3, 20), notice.Deadline); // April's deadline, not that of the month already running

        w.Pay(500m, D(3, 12));
        Assert.Equal(
            2,
            NoticeRules.Due(w.State, D(3, 13), CoveragePolicy.Default).Count(n => n.Kind == NoticeKind.Amount)
        );
    }

    [Fact]
    public void An_overpayment_notice_asks_for_nothing_more()
    {
        var w = new CoverageScenario();
        w.Pay(2000m, D(3, 10));
        var due = Assert.Single(NoticeRules.Due(w.State, D(3, 11), CoveragePolicy.Default));
        var notice = NoticeRules.Schedule(w.State, due, CoverageScenario.Fee2026, D(3, 11), CoveragePolicy.Default);
        Assert.Equal(0m, notice.AmountDue);
        Assert.True(notice.Overpaid);
        Assert.Equal(CoverageScenario.Fee2026, notice.Expected);
    }

    [Fact]
    public void A_lapse_notice_gives_the_deadline_to_resume()
    {
        var w = new CoverageScenario();
        w.Pay(CoverageScenario.Fee2026, D(3, 10));
        var due = Assert.Single(NoticeRules.Due(w.State, D(4, 25), CoveragePolicy.Default));
        var notice = NoticeRules.Schedule(w.State, due, CoverageScenario.Fee2026, D(4, 25), CoveragePolicy.Default);
        Assert.Equal(D(5, 20), notice.Deadline); // pay by 20 May to be covered from June
    }
}
