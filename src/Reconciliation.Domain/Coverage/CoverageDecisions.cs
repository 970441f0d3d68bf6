using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The coverage decisions on money that arrives: pure functions from (state, fact, fee model, policy) to the events
/// that follow. A deposit pays k months when it equals exactly k × the monthly fee (k in the policy's accepted counts)
/// with the parameters of its value date or of the previous month's last day; any other amount is held as a lot of
/// credit until later deposits complete an exact amount with it, or an operator decides.
/// </summary>
public static class CoverageDecisions
{
    /// <summary>Lots taken into account when looking for a combination that completes an exact amount.</summary>
    private const int MaxLotsCombined = 10;

    public static IReadOnlyList<object> Pay(
        WorkerCoverage worker,
        PaymentReceived payment,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        // A payment that arrives after later facts of the stream is recorded as of the latest of them (what the stream
        // said of an earlier date stays true); its value date still decides which months it pays.
        if (worker.DecidedThrough > payment.On)
            payment = payment with { ReceivedOn = worker.DecidedThrough };
        var events = new List<object> { payment };
        var state = worker.Evolve(payment);

        if (!payment.ReferenceClean && new Phrase("flag-not-clean", payment.Concept) is var notClean)
            events.Add(
                new PaymentFlagged(
                    worker.Nss,
                    $"{payment.DepositId}:{FlagKind.ReferenceNotClean.Name()}",
                    payment.DepositId,
                    FlagKind.ReferenceNotClean,
                    notClean.ToString(),
                    payment.On,
                    DetailPhrase: notClean
                )
            );
        // A notification's credit is not money yet: the decisions wait for the statement that confirms it.
        if (payment.Provisional)
            return events;

        events.AddRange(Settle(state, payment.DepositId, payment.Amount, payment.ValueDate, payment.On, fees, policy));
        return events;
    }

    /// <summary>
    /// A statement confirms a provisional payment: it becomes the worker's money, at the amount the statement booked
    /// (which counts, should it differ from the notification's), and is decided as any other.
    /// </summary>
    public static IReadOnlyList<object> Confirm(
        WorkerCoverage worker,
        string depositId,
        decimal booked,
        Guid statementFileId,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        if (worker.ProvisionalPayments.FirstOrDefault(p => p.DepositId == depositId) is not { } provisional)
            return [];
        var on = Grants.Latest(provisional.HeldSince, [worker.DecidedThrough]);
        var confirmed = new PaymentConfirmed(worker.Nss, depositId, booked, on, statementFileId, provisional.Amount);
        var events = new List<object> { confirmed };
        events.AddRange(Settle(worker.Evolve(confirmed), depositId, booked, provisional.ValueDate, on, fees, policy));
        return events;
    }

    /// <summary>
    /// What money received on <paramref name="on"/> (value date <paramref name="v"/>) pays: months when it is exact, or
    /// when it completes an exact amount with held lots; otherwise it is held. After a withdrawal it is always held,
    /// for refund.
    /// </summary>
    private static IEnumerable<object> Settle(
        WorkerCoverage state,
        string depositId,
        decimal amount,
        DateOnly v,
        DateOnly on,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        var options = Grants.FeeOptions(state, v, fees, policy);
        // Paid in advance, any payment would buy months after the withdrawal: none is granted.
        if (state.WithdrawnOn is { } withdrawn)
            return Grants.Hold(
                state,
                depositId,
                amount,
                v,
                on,
                options,
                policy,
                new Phrase("after-withdrawal", Mismatch.Format(amount), $"{v:yyyy-MM-dd}", $"{withdrawn:yyyy-MM-dd}"),
                FlagKind.AfterWithdrawal
            );

        var part = new LotPart(depositId, amount, v);
        var paymentId = Grants.PaymentId(state, depositId);
        if (Grants.Exact(amount, options, policy) is { } exact)
            return Grants.Grant(state, paymentId, [part], v, exact, policy, on);

        if (Completing(state, amount, options, policy) is { } completion)
        {
            var (lots, completed) = completion;
            // The lots are applied with the value date of the deposit that completed them, on a business date none of
            // them is after.
            var decidedOn = Grants.Latest(on, lots.Select(l => l.HeldSince));
            var parts = lots.Select(l => new LotPart(l.DepositId, l.Amount, l.ValueDate)).ToList();
            var events = new List<object>
            {
                new CreditApplied(
                    state.Nss,
                    parts,
                    parts.Sum(p => p.Amount),
                    paymentId,
                    LotApplication.Completed,
                    decidedOn
                ),
            };
            events.AddRange(Grants.Grant(state, paymentId, [.. parts, part], v, completed, policy, decidedOn));
            return events;
        }
        return Grants.Hold(state, depositId, amount, v, on, options, policy);
    }

    /// <summary>
    /// The held lots that, with a new amount, make an exact amount: all of them if they do, otherwise the combination
    /// with the most lots (the oldest on a tie).
    /// </summary>
    private static (IReadOnlyList<HeldCredit> Lots, (int Months, decimal Fee, DateOnly FeeDate) Exact)? Completing(
        WorkerCoverage state,
        decimal amount,
        List<(decimal Fee, DateOnly Date)> options,
        CoveragePolicy policy
    )
    {
        var lots = state.Credits.Take(MaxLotsCombined).ToList();
        if (lots.Count == 0)
            return null;
        if (Grants.Exact(lots.Sum(l => l.Amount) + amount, options, policy) is { } all)
            return (lots, all);
        for (var size = lots.Count - 1; size >= 1; size--)
            foreach (var combination in Combinations(lots, size))
                if (Grants.Exact(combination.Sum(l => l.Amount) + amount, options, policy) is { } exact)
                    return (combination, exact);
        return null;
    }

    /// <summary>The combinations of <paramref name="size"/> lots, in the order of the lots (the oldest
    /// first).</summary>
    private static IEnumerable<IReadOnlyList<HeldCredit>> Combinations(
        IReadOnlyList<HeldCredit> lots,
        int size,
        int from = 0
    )
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }
        for (var i = from; i <= lots.Count - size; i++)
            foreach (var rest in Combinations(lots, size - 1, i + 1))
                yield return [lots[i], .. rest];
    }
}
