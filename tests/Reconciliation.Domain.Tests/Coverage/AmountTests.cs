using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>An amount pays k months only when it is exactly k × the monthly fee (k = 1, 6, 12), compared in
/// centavos.</summary>
public sealed class AmountTests
{
    private const decimal Fee = CoverageScenario.Fee2026;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(12)]
    public void Exactly_k_fees_pay_k_months_whatever_the_chosen_periodicity(int k)
    {
        var w = new CoverageScenario();
        w.Pay(k * Fee, D(2026, 3, 10));
        Assert.Equal(k, w.Months.Length);
    }

    [Theory]
    [InlineData(1905.81)]
    [InlineData(1905.83)]
    [InlineData(3811.64)] // two months: not an accepted count
    public void Any_other_amount_is_held_and_flagged(decimal amount)
    {
        var w = new CoverageScenario();
        w.Pay(amount, D(2026, 3, 10));
        Assert.Empty(w.Months);
        Assert.Equal(amount, w.State.UnappliedCredit);
        var held = Assert.Single(w.Events.OfType<CreditHeld>());
        Assert.Equal(amount - held.Expected, held.Difference);
    }

    [Fact]
    public void An_underpayment_says_what_was_expected_and_by_how_much_it_falls_short()
    {
        var w = new CoverageScenario();
        w.Pay(1500m, D(2026, 3, 10));
        var held = Assert.Single(w.Events.OfType<CreditHeld>());
        Assert.Equal(Fee, held.Expected);
        Assert.Equal(1500m - Fee, held.Difference);
        Assert.Equal([FlagKind.Underpaid], w.Flags);
    }

    [Fact]
    public void An_overpayment_is_measured_against_the_nearest_accepted_amount()
    {
        var w = new CoverageScenario();
        w.Pay(2000m, D(2026, 3, 10));
        var held = Assert.Single(w.Events.OfType<CreditHeld>());
        Assert.Equal(Fee, held.Expected);
        Assert.Equal(94.18m, held.Difference);
        Assert.Equal([FlagKind.Overpaid], w.Flags);
    }

    [Fact]
    public void A_split_payment_is_applied_when_the_second_part_completes_it_with_its_value_date()
    {
        var w = new CoverageScenario();
        w.Pay(1000m, D(2026, 3, 8));
        w.Pay(905.82m, D(2026, 3, 18));
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(0m, w.State.UnappliedCredit);
        var applied = Assert.Single(w.Events.OfType<CreditApplied>());
        Assert.Equal(["D1"], applied.Lots.Select(l => l.DepositId)); // the held lot; D2 completed it
        Assert.Equal(["D1", "D2"], w.State.Payments.Single().DepositIds);
        // Applied on 18 March, the completing deposit's date: late for April.
        Assert.Contains(FlagKind.Late, w.Flags);
        Assert.DoesNotContain(FlagKind.Underpaid, w.Flags); // the underpayment flag closes
    }

    [Fact]
    public void An_exact_deposit_does_not_swallow_held_credit()
    {
        var w = new CoverageScenario();
        w.Pay(100m, D(2026, 3, 8));
        w.Pay(Fee, D(2026, 3, 10));
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(100m, w.State.UnappliedCredit);
    }

    [Fact]
    public void In_February_last_months_fee_is_accepted_too()
    {
        // The January 2026 fee at the minimum wage (UMA 2025) differs from February's (UMA 2026).
        var january = FeeScheduleFee(new DateOnly(2026, 1, 31));
        var february = FeeScheduleFee(new DateOnly(2026, 2, 3));
        Assert.NotEqual(january, february);

        var w = new CoverageScenario();
        w.Pay(january, D(2026, 2, 3));
        Assert.Equal(["2026-03"], w.Months);
        var granted = Assert.Single(w.Events.OfType<CoverageGranted>());
        Assert.Equal(new DateOnly(2026, 1, 31), granted.FeeDate);

        // Later in February, still January's calculator: accepted; a fee two months old is not.
        var v = new CoverageScenario();
        v.Pay(FeeScheduleFee(new DateOnly(2025, 12, 31)), D(2026, 2, 3));
        Assert.Empty(v.Months);
    }

    [Fact]
    public void In_January_the_new_minimum_wage_and_the_old_UMA_make_the_fee()
    {
        var w = new CoverageScenario();
        var january = FeeScheduleFee(new DateOnly(2026, 1, 10));
        Assert.Equal(
            Domain
                .Tests.Fees.FeeSchedules.Calculator.Quote(1m, Domain.Fees.Zone.General, new DateOnly(2026, 1, 10))
                .Monthly,
            january
        );
        w.Pay(january, D(2026, 1, 10));
        Assert.Equal(["2026-02"], w.Months);
        // December's fee (old wage) paid on 3 January is the previous month's calculator: accepted.
        var x = new CoverageScenario();
        x.Pay(FeeScheduleFee(new DateOnly(2025, 12, 31)), D(2026, 1, 3));
        Assert.Equal(["2026-02"], x.Months);
    }

    private static decimal FeeScheduleFee(DateOnly date) =>
        Domain.Tests.Fees.FeeSchedules.Calculator.Quote(1m, Domain.Fees.Zone.General, date).Monthly;
}
