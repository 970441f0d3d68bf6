using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>Held credit is a set of lots, one per deposit; each operator decision names one lot and acts on it
/// alone.</summary>
public sealed class HeldCreditTests
{
    private const decimal Fee = CoverageScenario.Fee2026;

    private static DateOnly D(int m, int d) => new(2026, m, d);

    [Fact]
    public void A_mismatch_is_measured_against_the_nearest_accepted_amount()
    {
        var w = new CoverageScenario();
        w.Pay(6 * Fee - 10m, D(3, 10)); // 11,424.92
        var held = Assert.Single(w.Events.OfType<CreditHeld>());
        Assert.Equal(6 * Fee, held.Expected);
        Assert.Equal(-10m, held.Difference);
        Assert.Equal(6, held.ExpectedMonths);
        var flag = Assert.Single(w.State.Flags);
        Assert.Equal(FlagKind.Underpaid, flag.Kind);
        Assert.Contains("underpaid by 10.00 against 6 months (11,434.92)", flag.Detail);
        // The same detail, said in Spanish for the console.
        Assert.Equal(flag.Detail, flag.DetailPhrase?.ToString());
        Assert.Equal(
            "recibido 11,424.92: pagó 10.00 de menos frente a 6 meses (11,434.92); retenido hasta que se complete o se "
                + "decida",
            flag.DetailPhrase?.In(Language.Spanish)
        );
    }

    [Theory]
    [InlineData(1000, "underpaid by 905.82 against 1 month (1,905.82)")]
    [InlineData(2000, "overpaid by 94.18 against 1 month (1,905.82)")]
    [InlineData(6670.38, "underpaid by 4,764.54 against 6 months (11,434.92)")] // nearer 6 months than 1 by a centavo
    [InlineData(6670.37, "overpaid by 4,764.55 against 1 month (1,905.82)")] // halfway: the smaller
    [InlineData(12000, "overpaid by 565.08 against 6 months (11,434.92)")]
    [InlineData(22000, "underpaid by 869.84 against 12 months (22,869.84)")]
    public void The_nearest_accepted_amount_is_the_closest_of_1_6_or_12_fees_and_the_smaller_on_a_tie(
        decimal amount,
        string described
    )
    {
        Assert.Equal(described, Mismatch.Nearest(amount, [Fee], [1, 6, 12]).Describe().ToString());
    }

    [Fact]
    public void Refunding_one_lot_leaves_the_other_lots_held()
    {
        var w = new CoverageScenario();
        w.Pay(1000m, D(3, 5));
        w.Pay(500m, D(3, 6));
        Assert.True(w.Refund("D1", D(3, 9)).Taken);
        var refund = Assert.Single(w.Events.OfType<CreditRefunded>());
        Assert.Equal(("D1", 1000m), (refund.DepositId, refund.Amount));
        Assert.Equal(500m, w.State.UnappliedCredit);
        Assert.Equal(["D2"], w.State.Credits.Select(c => c.DepositId));
        Assert.True(w.Apply("D2", D(3, 9), new CoverageMonth(2026, 4)).Taken);
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(0m, w.State.UnappliedCredit);
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void A_decision_on_a_lot_no_longer_held_says_what_became_of_it()
    {
        var w = new CoverageScenario();
        w.Pay(1000m, D(3, 5));
        w.Refund("D1", D(3, 9));
        var again = w.Apply("D1", D(3, 10));
        Assert.False(again.Taken);
        Assert.Equal(
            "The lot of deposit D1 is no longer held: refunded by ana (checked with the worker) on 2026-03-09.",
            again.Conflict?.ToString()
        );
        Assert.Contains("No credit of deposit D9", w.Refund("D9", D(3, 10)).Conflict?.ToString());
    }

    [Fact]
    public void Applying_a_lot_buys_the_whole_months_it_covers_or_a_named_month_it_pays_part_of()
    {
        var w = new CoverageScenario();
        w.Pay(3 * Fee, D(3, 10));
        Assert.True(w.Apply("D1", D(3, 12)).Taken);
        Assert.Equal(["2026-04", "2026-05", "2026-06"], w.Months);

        var short_ = new CoverageScenario();
        short_.Pay(1500m, D(3, 10));
        var refused = short_.Apply("D1", D(3, 12));
        Assert.Equal("month", refused.Field);
        Assert.Contains("name the month it pays part of", refused.Error?.ToString());
        // after the next unpaid month
        Assert.Equal("month", short_.Apply("D1", D(3, 12), new CoverageMonth(2026, 6)).Field);
        Assert.True(short_.Apply("D1", D(3, 12), new CoverageMonth(2026, 4)).Taken);
        Assert.Equal(["2026-04"], short_.Months);
        Assert.True(short_.State.Payments.Single().Pinned);
    }

    [Fact]
    public void Keeping_a_lot_leaves_it_held_and_completable()
    {
        var w = new CoverageScenario();
        w.Pay(1000m, D(3, 5));
        Assert.True(w.Keep("D1", D(3, 6)).Taken);
        Assert.NotNull(w.Keep("D1", D(3, 7)).Conflict);
        w.Pay(905.82m, D(3, 10));
        Assert.Equal(["2026-04"], w.Months);
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void Splitting_a_lot_sends_part_to_a_month_or_another_worker_and_keeps_or_refunds_the_rest()
    {
        var w = new CoverageScenario();
        w.Pay(6 * Fee - 10m, D(3, 10));
        Assert.True(w.Split("D1", 5 * Fee, D(3, 11)).Taken);
        Assert.Equal(["2026-04", "2026-05", "2026-06", "2026-07", "2026-08"], w.Months);
        Assert.Equal(Fee - 10m, w.State.UnappliedCredit);
        Assert.Equal("amount", w.Split("D1", 1000m, D(3, 11)).Field); // not whole fees, and no month named
        Assert.True(w.Split("D1", 500m, D(3, 11), toNss: Nss.Parse("01988012348"), refundRest: true).Taken);
        Assert.Equal(500m, w.Events.OfType<CreditTransferred>().Single().Amount);
        Assert.Equal(Fee - 510m, w.Events.OfType<CreditRefunded>().Single().Amount);
        Assert.Equal(0m, w.State.UnappliedCredit);
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void A_later_deposit_completes_a_fee_with_the_lots_that_make_it_exact()
    {
        var w = new CoverageScenario();
        w.Pay(100m, D(3, 1)); // a stray amount
        w.Pay(1000m, D(3, 5));
        w.Pay(905.82m, D(3, 10));
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(["D1"], w.State.Credits.Select(c => c.DepositId));
        Assert.Equal(["D2"], w.Events.OfType<CreditApplied>().Single().Lots.Select(l => l.DepositId));
    }

    [Fact]
    public void Money_after_a_withdrawal_is_held_for_refund_and_the_status_is_withdrawn_from_that_day()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(3, 10));
        Assert.True(w.Withdraw(D(4, 15), D(4, 16)).Taken);
        Assert.NotNull(w.Withdraw(D(4, 15), D(4, 16)).Conflict);
        w.Pay(Fee, D(4, 18));
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(Fee, w.State.UnappliedCredit);
        Assert.Contains(FlagKind.AfterWithdrawal, w.Flags);
        Assert.Equal(CoverageStatus.Withdrawn, w.StatusOn(2026, 4, 15));
        Assert.NotEqual(
            CoverageStatus.Withdrawn,
            CoverageStatusRules.StatusOn(WorkerStream.AsOf(w.History, D(4, 14))!, D(4, 14), CoveragePolicy.Default)
        );
        Assert.NotNull(w.Apply("D2", D(4, 20)).Conflict);
        Assert.True(w.Refund("D2", D(4, 20)).Taken);
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void A_withdrawal_is_not_in_the_future_nor_before_the_enrollment()
    {
        var w = new CoverageScenario();
        Assert.Equal("date", w.Withdraw(D(4, 17), D(4, 16)).Field);
        Assert.Equal("date", w.Withdraw(new DateOnly(2025, 12, 1), D(4, 16)).Field);
    }

    [Fact]
    public void A_provisional_payment_grants_nothing_until_a_statement_confirms_it()
    {
        var w = new CoverageScenario();
        w.PayProvisional(Fee, D(3, 10));
        Assert.Empty(w.Months);
        Assert.Equal(0m, w.State.Matched);
        Assert.Single(w.State.ProvisionalPayments);
        w.Confirm("D1");
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(Fee, w.State.Matched);
        Assert.Empty(w.Confirm("D1"));
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void Applying_a_lot_without_a_month_applies_whole_months_and_leaves_what_is_above_them_held()
    {
        var w = new CoverageScenario();
        w.Pay(2000m, D(3, 10));
        Assert.True(w.Apply("D1", D(3, 12)).Taken);
        Assert.Equal(["2026-04"], w.Months);
        Assert.Equal(94.18m, w.State.UnappliedCredit);
        Assert.Equal(Fee, w.State.Applied);
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void Two_parts_of_one_deposit_paid_to_the_same_worker_are_two_payments()
    {
        var w = new CoverageScenario();
        w.Pay(2 * Fee + 50m, D(3, 10));
        Assert.True(w.Split("D1", Fee, D(3, 11)).Taken);
        Assert.True(w.Split("D1", Fee, D(3, 11)).Taken);
        Assert.Equal(["2026-04", "2026-05"], w.Months);
        Assert.Equal(2, w.State.Payments.Select(p => p.PaymentId).Distinct().Count());
        Assert.Equal(50m, w.State.UnappliedCredit);
        Ledger.AssertConserved(w);
    }

    [Fact]
    public void A_statement_that_books_another_amount_than_notified_confirms_the_booked_amount()
    {
        var w = new CoverageScenario();
        w.PayProvisional(Fee, D(3, 10));
        w.Confirm("D1", Fee - 5m);
        Assert.Empty(w.Months);
        Assert.Equal(Fee - 5m, w.State.Matched);
        Assert.Equal(Fee - 5m, w.State.UnappliedCredit);
        Ledger.AssertConserved(w);
    }
}
