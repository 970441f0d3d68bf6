using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Tests.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Decisions;

/// <summary>A worker leaves the scheme on a day that has come, once, and not before they enrolled.</summary>
public sealed class WithdrawalSpecs
{
    private static readonly WorkerEnrolled Enrolled = new CoverageScenario().Enrolled; // 12 January 2026
    private static readonly DateTimeOffset At = new(2026, 3, 10, 16, 0, 0, TimeSpan.FromHours(-6));
    private static readonly DecisionBy Ana = new("ana", "moved back to Mexico", new DateOnly(2026, 3, 10));

    [Fact]
    public void A_withdrawal_on_a_past_day_is_recorded_with_who_and_why() =>
        Spec.Given(Enrolled)
            .When(w => WithdrawalDecisions.Withdraw(w, new DateOnly(2026, 3, 1), Ana, At))
            .Then(new WorkerWithdrawn(Enrolled.Nss, new DateOnly(2026, 3, 1), "moved back to Mexico", "ana", At));

    [Fact]
    public void A_second_withdrawal_is_a_conflict_naming_the_first() =>
        Spec.Given(Enrolled, new WorkerWithdrawn(Enrolled.Nss, new DateOnly(2026, 2, 1), "left", "luis", At))
            .When(w => WithdrawalDecisions.Withdraw(w, new DateOnly(2026, 3, 1), Ana, At))
            .ThenConflict($"Worker {Enrolled.Nss.Value} already withdrew on 2026-02-01.");

    [Fact]
    public void A_day_before_the_enrollment_is_refused() =>
        Spec.Given(Enrolled)
            .When(w => WithdrawalDecisions.Withdraw(w, new DateOnly(2026, 1, 11), Ana, At))
            .ThenInvalid("date", "2026-01-11 is before the worker's enrollment (2026-01-12)");

    [Fact]
    public void A_day_that_has_not_come_is_refused() =>
        Spec.Given(Enrolled)
            .When(w => WithdrawalDecisions.Withdraw(w, new DateOnly(2026, 3, 11), Ana, At))
            .ThenInvalid(
                "date",
                "2026-03-11 is after today (2026-03-10, Mexico City): record a withdrawal when it happens"
            );
}
