using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>docs/DOMAIN.md, *Coverage*: month C is recommended by the 15th and due by the 20th of C−1.</summary>
public sealed class PaymentTimingTests
{
    private const decimal Fee = CoverageScenario.Fee2026;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_first_deposit_by_the_15th_starts_coverage_next_month_without_flag()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 15));
        Assert.Equal(["2026-04"], w.Months);
        Assert.Empty(w.Flags);
    }

    [Fact]
    public void Enrolled_in_January_paying_once_on_18_March_covers_April_and_is_late()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 18));
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal([FlagKind.Late], w.Flags);
    }

    [Fact]
    public void Enrolled_in_January_paying_six_fees_on_10_March_covers_April_to_September()
    {
        var w = new CoverageScenario();
        w.Pay(6 * Fee, D(2026, 3, 10));
        Assert.Equal(["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"], w.Months);
        Assert.Empty(w.Flags);
    }

    [Fact]
    public void A_first_deposit_after_the_20th_starts_coverage_the_month_after_next_without_gap()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 21));
        Assert.Equal(["2026-05"], w.Months);
        Assert.Empty(w.State.Gaps);
        Assert.Empty(w.Flags); // 21 March is before the recommended day of May (15 April)
    }

    [Theory]
    [InlineData(15, new FlagKind[0])]
    [InlineData(16, new[] { FlagKind.Late })]
    [InlineData(20, new[] { FlagKind.Late })]
    public void The_next_month_is_kept_up_to_the_deadline_and_late_after_the_recommended_day(int day, FlagKind[] flags)
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 4, day));
        Assert.Equal(["2026-04", "2026-05"], w.Months);
        Assert.Equal(flags, w.Flags);
    }

    [Fact]
    public void Deposit_after_the_deadline_loses_the_month()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 4, 21));
        Assert.Equal(["2026-04", "2026-06"], w.Months);
        Assert.Equal(["2026-05"], w.State.Gaps);
        var gap = Assert.IsType<PaymentFlagged>(w.Events.Last());
        Assert.Equal(FlagKind.LateCoverageGap, gap.Kind);
        Assert.Equal([new CoverageMonth(2026, 5)], gap.LostMonths);
    }

    [Fact]
    public void A_long_lapse_loses_every_month_up_to_the_first_still_payable()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 6, 25));
        Assert.Equal(["2026-04", "2026-08"], w.Months);
        Assert.Equal(["2026-05", "2026-06", "2026-07"], w.State.Gaps);
    }

    [Theory]
    [InlineData(20, "2027-01")]
    [InlineData(21, "2027-02")]
    public void Across_the_year_end_December_pays_January_until_the_20th(int day, string paid)
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 11, 10)); // December
        w.Pay(Fee, D(2026, 12, day));
        Assert.Equal(paid, w.Months[^1]);
    }

    [Fact]
    public void Payments_in_advance_extend_from_the_last_paid_month()
    {
        var w = new CoverageScenario();
        w.Pay(12 * Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 5, 30)); // long before the deadline of the month after the year (20 March 2027)
        Assert.Equal("2027-04", w.Months[^1]);
        Assert.Empty(w.Flags);
    }

    [Fact]
    public void The_due_and_recommended_days_are_policy()
    {
        var w = new CoverageScenario(new CoveragePolicy { DueDay = 25, RecommendedDay = 10 });
        w.Pay(Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 4, 24));
        Assert.Equal(["2026-04", "2026-05"], w.Months);
        Assert.Equal([FlagKind.Late], w.Flags);
    }
}
