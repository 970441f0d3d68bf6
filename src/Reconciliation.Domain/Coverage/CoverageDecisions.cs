using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The coverage decisions: pure functions from (state, fact, fee model, policy) to the events that
/// follow. A deposit pays k months when it equals exactly k × the monthly fee (k in the policy's
/// accepted counts) with the parameters of its value date or of the previous month's last day;
/// any other amount is held as credit until a later deposit completes an exact amount.
/// </summary>
public static class CoverageDecisions
{
    public static IReadOnlyList<object> Pay(WorkerCoverage worker, PaymentReceived payment, FeeCalculator fees, CoveragePolicy policy)
    {
        var events = new List<object> { payment };
        var state = worker.Apply(payment);
        var v = payment.ValueDate;

        if (!payment.ReferenceClean)
            events.Add(new PaymentFlagged(worker.Id, $"{payment.DepositId}:{FlagKind.ReferenceNotClean}", payment.DepositId, FlagKind.ReferenceNotClean,
                $"the NSS had to be cleaned out of the reference '{payment.Concept}': the reference should be the 11 digits alone", v));

        var options = FeeOptions(state, v, fees);
        if (Exact(payment.Amount, options, policy) is { } exact)
        {
            events.AddRange(Grant(state, payment.DepositId, [payment.DepositId], payment.Amount, v, exact, policy));
            return events;
        }

        var credit = state.Credits.Sum(c => c.Amount) + payment.Amount;
        if (state.Credits.Count > 0 && Exact(credit, options, policy) is { } completed)
        {
            var deposits = state.Credits.Select(c => c.DepositId).Append(payment.DepositId).ToList();
            events.Add(new CreditApplied(worker.Id, deposits, credit, payment.DepositId, CreditApplied.Completed, v));
            events.AddRange(Grant(state, payment.DepositId, deposits, credit, v, completed, policy));
            return events;
        }

        events.AddRange(Hold(worker.Id, payment.DepositId, payment.Amount, credit, v, options[0].Fee, policy));
        return events;
    }

    /// <summary>An operator accepts held credit as it is: it buys as many whole months as it covers, at least one.</summary>
    public static IReadOnlyList<object> AcceptCredit(WorkerCoverage worker, string operatorName, string reason, DateOnly today, FeeCalculator fees, CoveragePolicy policy)
    {
        if (worker.Credits.Count == 0) return [];
        var last = worker.Credits[^1];
        var total = worker.Credits.Sum(c => c.Amount);
        var fee = FeeOptions(worker, last.ValueDate, fees)[0];
        var months = Math.Max(1, (int)Math.Floor(total / fee.Fee));
        var deposits = worker.Credits.Select(c => c.DepositId).ToList();
        var events = new List<object>
        {
            new CreditApplied(worker.Id, deposits, total, last.DepositId, CreditApplied.AcceptedByOperator, today, operatorName, reason),
        };
        events.AddRange(Grant(worker, last.DepositId, deposits, total, last.ValueDate, (months, fee.Fee, fee.Date), policy, flagLate: false, decidedOn: today));
        return events;
    }

    /// <summary>A deposit was taken back: what it paid is revoked and the later payments are recomputed.</summary>
    public static IReadOnlyList<object> Reverse(WorkerCoverage worker, DepositReversed reversal, CoveragePolicy policy)
    {
        if (worker.ReversedDepositIds.Contains(reversal.DepositId)) return [];
        var events = new List<object> { reversal };
        var reversed = worker.Payments.FirstOrDefault(p => p.DepositIds.Contains(reversal.DepositId));
        if (reversed is not null)
        {
            events.Add(new CoverageRevoked(worker.Id, reversed.PaymentId, reversed.Months, $"deposit {reversal.DepositId} was reversed", reversal.ReversedOn));
            var remaining = worker.Payments.Where(p => p != reversed).ToList();
            var months = CoverageRules.Replay(remaining.Select(p => (p.ValueDate, p.MonthCount)), policy);
            for (var i = 0; i < remaining.Count; i++)
            {
                var p = remaining[i];
                if (!p.Months.SequenceEqual(months[i]))
                    events.Add(new CoverageGranted(worker.Id, p.PaymentId, p.DepositIds, p.ValueDate, p.Amount, p.MonthCount, p.MonthlyFee, p.ValueDate, months[i], reversal.ReversedOn));
            }
            // The other deposits of a combined payment are credit again, each with the amount it brought.
            var credit = worker.Credits.Sum(c => c.Amount);
            foreach (var other in worker.Receipts.Where(r => r.DepositId != reversal.DepositId && reversed.DepositIds.Contains(r.DepositId)))
            {
                credit += other.Amount;
                events.Add(new CreditHeld(worker.Id, other.DepositId, other.Amount, reversed.MonthlyFee, credit - reversed.MonthlyFee, credit, other.ValueDate));
            }
        }
        events.Add(new PaymentFlagged(worker.Id, $"{reversal.DepositId}:{FlagKind.Reversed}", reversal.DepositId, FlagKind.Reversed,
            reversed is null
                ? $"deposit of {reversal.Amount:N2} was reversed by the bank on {reversal.ReversedOn:yyyy-MM-dd}"
                : $"deposit of {reversal.Amount:N2} was reversed by the bank on {reversal.ReversedOn:yyyy-MM-dd}: months {string.Join(", ", reversed.Months)} revoked",
            reversal.ReversedOn));
        return events;
    }

    private static IEnumerable<object> Grant(WorkerCoverage state, string paymentId, IReadOnlyList<string> deposits, decimal amount, DateOnly v,
        (int Months, decimal Fee, DateOnly FeeDate) exact, CoveragePolicy policy, bool flagLate = true, DateOnly? decidedOn = null)
    {
        var assignment = CoverageRules.Assign(state.FirstUnpaid, v, exact.Months, policy);
        yield return new CoverageGranted(state.Id, paymentId, deposits, v, amount, exact.Months, exact.Fee, exact.FeeDate, assignment.Months, decidedOn ?? v);
        if (!flagLate) yield break;
        if (assignment.Lost.Count > 0)
            yield return new PaymentFlagged(state.Id, $"{paymentId}:{FlagKind.LateCoverageGap}", paymentId, FlagKind.LateCoverageGap,
                $"paid on {v:yyyy-MM-dd}, after the deadline of {assignment.Lost[0]} ({policy.Due(assignment.Lost[0]):yyyy-MM-dd}): " +
                $"{assignment.Lost.Count} month(s) lost ({assignment.Lost[0]}–{assignment.Lost[^1]}), coverage resumes in {assignment.Months[0]}",
                v, assignment.Lost);
        else if (assignment.Late)
            yield return new PaymentFlagged(state.Id, $"{paymentId}:{FlagKind.Late}", paymentId, FlagKind.Late,
                $"paid on {v:yyyy-MM-dd}, after the recommended day ({policy.Recommended(assignment.Months[0]):yyyy-MM-dd}) but by the deadline ({policy.Due(assignment.Months[0]):yyyy-MM-dd}) of {assignment.Months[0]}: coverage kept",
                v);
    }

    private static IEnumerable<object> Hold(string nss, string depositId, decimal amount, decimal credit, DateOnly v, decimal fee, CoveragePolicy policy)
    {
        var counts = policy.AcceptedMonths.Order().ToList();
        var expected = credit < fee * counts[0] ? fee * counts[0] : counts.Where(k => fee * k <= credit).Max() * fee;
        var difference = credit - expected;
        yield return new CreditHeld(nss, depositId, amount, expected, difference, credit, v);
        var kind = difference < 0 ? FlagKind.Underpaid : FlagKind.Overpaid;
        yield return new PaymentFlagged(nss, $"{depositId}:{kind}", depositId, kind,
            $"received {amount:N2} (unapplied credit {credit:N2}), expected {expected:N2}: {(difference < 0 ? "short" : "over")} by {Math.Abs(difference):N2}; held until completed or decided",
            v, Expected: expected, Received: credit);
    }

    /// <summary>The monthly fee with the parameters of the value date, then with those of the previous month's last day.</summary>
    private static List<(decimal Fee, DateOnly Date)> FeeOptions(WorkerCoverage worker, DateOnly v, FeeCalculator fees)
    {
        var previous = new DateOnly(v.Year, v.Month, 1).AddDays(-1);
        var options = new List<(decimal, DateOnly)> { (fees.Quote(worker.MonthlyIncome, worker.Zone, v).Monthly, v) };
        if (previous >= fees.Schedule.FirstDate)
            options.Add((fees.Quote(worker.MonthlyIncome, worker.Zone, previous).Monthly, previous));
        return options;
    }

    private static (int Months, decimal Fee, DateOnly FeeDate)? Exact(decimal amount, List<(decimal Fee, DateOnly Date)> options, CoveragePolicy policy)
    {
        var centavos = Money.ToCentavos(amount);
        foreach (var k in policy.AcceptedMonths.Order())
            foreach (var (fee, date) in options)
                if (centavos == Money.ToCentavos(fee) * k)
                    return (k, fee, date);
        return null;
    }
}
