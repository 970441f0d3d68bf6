using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Tests.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Decisions;

/// <summary>Each decision on held credit names one lot and acts on it alone.</summary>
public sealed class HeldCreditSpecs
{
    private static readonly WorkerEnrolled Enrolled = new CoverageScenario().Enrolled;
    private static readonly Nss Nss = Enrolled.Nss;
    private static readonly DecisionBy Ana = new("ana", "payer asked for it", new DateOnly(2026, 3, 9));

    private static CreditHeld Held(string depositId, decimal amount, int day) =>
        new(Nss, depositId, amount, 1_905.82m, amount - 1_905.82m, amount, new DateOnly(2026, 3, day));

    [Fact]
    public void Refunding_one_lot_refunds_that_lot_whole_and_no_other() =>
        Spec.Given(Enrolled, Held("D1", 1_000m, 5), Held("D2", 500m, 6))
            .When(w => HeldCreditDecisions.Refund(w, "D1", Ana, "012180001234567897", "Gabriela"))
            .Then(
                new CreditRefunded(
                    Nss,
                    "D1",
                    1_000m,
                    "ana",
                    "payer asked for it",
                    new DateOnly(2026, 3, 9),
                    "012180001234567897",
                    "Gabriela"
                )
            );

    [Fact]
    public void A_lot_refunded_already_cannot_be_refunded_again() =>
        Spec.Given(
                Enrolled,
                Held("D1", 1_000m, 5),
                new CreditRefunded(Nss, "D1", 1_000m, "luis", "asked", new DateOnly(2026, 3, 8))
            )
            .When(w => HeldCreditDecisions.Refund(w, "D1", Ana, null, null))
            .ThenConflict("The lot of deposit D1 is no longer held: refunded by luis (asked) on 2026-03-08.");

    [Fact]
    public void Keeping_a_lot_held_is_recorded_once() =>
        Spec.Given(Enrolled, Held("D1", 1_000m, 5))
            .When(w => HeldCreditDecisions.Keep(w, "D1", Ana))
            .Then(new CreditKept(Nss, "D1", 1_000m, "ana", "payer asked for it", new DateOnly(2026, 3, 9)));

    [Fact]
    public void A_lot_kept_already_is_a_conflict() =>
        Spec.Given(
                Enrolled,
                Held("D1", 1_000m, 5),
                new CreditKept(Nss, "D1", 1_000m, "luis", "wait", new DateOnly(2026, 3, 6))
            )
            .When(w => HeldCreditDecisions.Keep(w, "D1", Ana))
            .ThenConflict("The lot of deposit D1 (1,000.00) is already kept held.");

    [Fact]
    public void A_deposit_with_no_lot_is_named() =>
        Spec.Given(Enrolled)
            .When(w => HeldCreditDecisions.Keep(w, "D9", Ana))
            .ThenConflict($"No credit of deposit D9 is held for worker {Nss}.");
}
