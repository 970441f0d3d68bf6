using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Tests.Coverage;

public sealed class ReversalTests
{
    private const decimal Fee = CoverageScenario.Fee2026;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_reversal_removes_the_months_the_deposit_paid()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 4, 10));
        w.Reverse("D1", D(2026, 4, 20));
        Assert.Equal(["2026-05"], w.Months);
        Assert.Contains(w.Events, e => e is CoverageRevoked { PaymentId: "D1" });
        Assert.Contains(FlagKind.Reversed, w.Flags);
    }

    [Fact]
    public void After_a_reversal_coverage_is_recomputed_and_later_payments_move_up()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10)); // April
        w.Pay(Fee, D(2026, 3, 12)); // May
        w.Reverse("D1", D(2026, 3, 25));
        Assert.Equal(["2026-04"], w.Months);
        var regranted = Assert.Single(w.Events.OfType<CoverageGranted>(), g => g.DecidedOn == D(2026, 3, 25));
        Assert.Equal("D2", regranted.PaymentId);
    }

    [Fact]
    public void Reversing_twice_changes_nothing_more()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10));
        w.Reverse("D1", D(2026, 3, 20));
        Assert.Empty(w.Reverse("D1", D(2026, 3, 21)));
    }

    [Fact]
    public void Reversing_one_part_of_a_split_payment_gives_the_other_part_back_as_credit_with_its_own_amount()
    {
        var w = new CoverageScenario();
        w.Pay(1000m, D(2026, 3, 8));
        w.Pay(905.82m, D(2026, 3, 12));
        Assert.Equal(["2026-04"], w.Months);
        w.Reverse("D2", D(2026, 3, 20));
        Assert.Empty(w.Months);
        Assert.Equal(1000m, w.State.UnappliedCredit);
        var held = w.Events.OfType<CreditHeld>().Last();
        Assert.Equal("D1", held.DepositId);
        Assert.Equal(1000m, held.Amount);
        Assert.Equal(1000m - Fee, held.Difference);
    }

    [Fact]
    public void Reversing_held_credit_removes_it()
    {
        var w = new CoverageScenario();
        w.Pay(1500m, D(2026, 3, 10));
        w.Reverse("D1", D(2026, 3, 20));
        Assert.Equal(0m, w.State.UnappliedCredit);
        Assert.DoesNotContain(FlagKind.Underpaid, w.Flags);
    }

    [Fact]
    public void A_deposit_imported_after_a_later_fact_is_recorded_as_of_it_and_never_shares_a_month_with_the_past()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 6)); // April
        w.Reverse("D1", D(2026, 3, 19)); // April revoked on the 19th
        w.Pay(Fee, D(2026, 3, 10)); // a deposit of the 10th, imported after the reversal: April again
        Assert.Equal(["2026-04"], w.Months);
        var received = w.Events.OfType<PaymentReceived>().Last();
        Assert.Equal((D(2026, 3, 10), D(2026, 3, 19)), (received.ValueDate, received.On));
        // As of the 12th the stream said: April, paid by D1 only.
        var then = WorkerStream.AsOf(w.History, D(2026, 3, 12))!;
        Assert.Equal(["D1"], then.Payments.Select(p => p.PaymentId));
        Ledger.AssertConserved(w);
    }
}
