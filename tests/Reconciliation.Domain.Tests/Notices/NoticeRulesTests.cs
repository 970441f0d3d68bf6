using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Tests.Coverage;

namespace Reconciliation.Domain.Tests.Notices;

/// <summary>DOMAIN.md §8: which notice a worker needs on a day.</summary>
public sealed class NoticeRulesTests
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static string[] Due(CoverageScenario w, DateOnly today) =>
        NoticeRules.Due(w.State, today, CoveragePolicy.Default).Select(n => $"{n.Kind}:{n.Month}").ToArray();

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
    public void Held_credit_gives_an_amount_notice_with_what_was_received_and_what_is_due()
    {
        var w = new CoverageScenario();
        w.Pay(1500m, D(3, 10));
        Assert.Equal(["amount:2026-03"], Due(w, D(3, 11)));
        var notice = NoticeRules.Schedule(w.State, NoticeKind.Amount, new CoverageMonth(2026, 3), CoverageScenario.Fee2026, D(3, 11), CoveragePolicy.Default);
        Assert.Equal(1500m, notice.Received);
        Assert.Equal(405.82m, notice.AmountDue);
        Assert.Equal("amount:2026-03", notice.NoticeId);
    }

    [Fact]
    public void A_lapse_notice_gives_the_deadline_to_resume()
    {
        var w = new CoverageScenario();
        w.Pay(CoverageScenario.Fee2026, D(3, 10));
        var notice = NoticeRules.Schedule(w.State, NoticeKind.Lapse, new CoverageMonth(2026, 5), CoverageScenario.Fee2026, D(4, 25), CoveragePolicy.Default);
        Assert.Equal(D(5, 20), notice.Deadline); // pay by 20 May to be covered from June
    }
}
