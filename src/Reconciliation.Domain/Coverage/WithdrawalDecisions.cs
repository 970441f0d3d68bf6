using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A worker leaves the scheme on a date (not in the future, not before the enrollment). From then on the status is
/// withdrawn and no month is granted: money that arrives later is held, for refund. Months paid before the withdrawal
/// was recorded stay as they were paid; giving back months paid in advance is a decision on its own.
/// </summary>
public static class WithdrawalDecisions
{
    public static LotDecision Withdraw(WorkerCoverage worker, DateOnly on, DecisionBy by, DateTimeOffset at)
    {
        if (worker.WithdrawnOn is { } already)
            return LotDecision.Conflicts(new Phrase("already-withdrew", worker.Id, $"{already:yyyy-MM-dd}"));
        if (on < worker.EnrolledOn)
            return LotDecision.Invalid(
                "date",
                new Phrase("before-enrollment", $"{on:yyyy-MM-dd}", $"{worker.EnrolledOn:yyyy-MM-dd}")
            );
        if (on > by.Today)
            return LotDecision.Invalid(
                "date",
                new Phrase("withdrawal-future", $"{on:yyyy-MM-dd}", $"{by.Today:yyyy-MM-dd}")
            );
        return LotDecision.Of([new WorkerWithdrawn(worker.Nss, on, by.Reason, by.Operator, at)]);
    }
}
