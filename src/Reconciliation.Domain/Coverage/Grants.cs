using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>What the coverage decisions share: the fees that may apply, exact amounts, granting months and holding
/// lots.</summary>
internal static class Grants
{
    /// <summary>
    /// The monthly fees a deposit of value date <paramref name="v"/> may be, for the first month it would pay: with the
    /// income and zone in force for that month, at the parameters of the value date, then at those of the previous
    /// month's last day (the worker may have used last month's calculator). Within a month of the recording of the
    /// change in force for that month, the fee before the change is accepted too (the worker may have paid the figure
    /// they knew).
    /// </summary>
    public static List<(decimal Fee, DateOnly Date)> FeeOptions(
        WorkerCoverage worker,
        DateOnly v,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        var first = CoverageRules.Assign(worker.FirstUnpaid, v, 1, policy, worker.PinnedMonths).Months[0];
        var options = Quotes(worker.IncomeFor(first), v, fees);
        if (worker.ChangeFor(first) is { } change && v <= change.Change.RecordedOn.AddMonths(1))
            options.AddRange(Quotes((change.MonthlyIncome, change.Zone), v, fees).Where(o => !options.Contains(o)));
        return options;
    }

    private static List<(decimal Fee, DateOnly Date)> Quotes(
        (decimal MonthlyIncome, Zone Zone) income,
        DateOnly v,
        FeeCalculator fees
    )
    {
        var previous = new DateOnly(v.Year, v.Month, 1).AddDays(-1);
        var options = new List<(decimal, DateOnly)> { (fees.Quote(income.MonthlyIncome, income.Zone, v).Monthly, v) };
        if (previous >= fees.Schedule.FirstDate)
            options.Add((fees.Quote(income.MonthlyIncome, income.Zone, previous).Monthly, previous));
        return options;
    }

    public static (int Months, decimal Fee, DateOnly FeeDate)? Exact(
        decimal amount,
        List<(decimal Fee, DateOnly Date)> options,
        CoveragePolicy policy
    )
    {
        var centavos = Money.ToCentavos(amount);
        foreach (var k in policy.AcceptedMonths.Order())
        foreach (var (fee, date) in options)
            if (centavos == Money.ToCentavos(fee) * k)
                return (k, fee, date);
        return null;
    }

    public static Mismatch Nearest(decimal amount, List<(decimal Fee, DateOnly Date)> options, CoveragePolicy policy) =>
        Mismatch.Nearest(amount, options.Select(o => o.Fee), policy.AcceptedMonths);

    /// <summary>
    /// A payment of <paramref name="parts"/> buys months: the next ones by the timing rules (value date
    /// <paramref name="v"/>), or the one an operator named (<paramref name="pinned"/>). Flags late payments and gaps.
    /// </summary>
    public static IEnumerable<object> Grant(
        WorkerCoverage state,
        string paymentId,
        IReadOnlyList<LotPart> parts,
        DateOnly v,
        (int Months, decimal Fee, DateOnly FeeDate) exact,
        CoveragePolicy policy,
        DateOnly decidedOn,
        bool flagLate = true,
        CoverageMonth? pinned = null
    )
    {
        var amount = parts.Sum(p => p.Amount);
        var deposits = parts.Select(p => p.DepositId).Distinct().ToList();
        if (pinned is { } month)
        {
            yield return new CoverageGranted(
                state.Nss,
                paymentId,
                deposits,
                v,
                amount,
                1,
                exact.Fee,
                exact.FeeDate,
                [month],
                decidedOn,
                parts,
                Pinned: true
            );
            yield break;
        }
        var assignment = CoverageRules.Assign(state.FirstUnpaid, v, exact.Months, policy, state.PinnedMonths);
        yield return new CoverageGranted(
            state.Nss,
            paymentId,
            deposits,
            v,
            amount,
            exact.Months,
            exact.Fee,
            exact.FeeDate,
            assignment.Months,
            decidedOn,
            parts
        );
        if (!flagLate)
            yield break;
        var lateGap =
            assignment.Lost.Count == 0
                ? null
                : new Phrase(
                    "flag-late-gap",
                    $"{v:yyyy-MM-dd}",
                    assignment.Lost[0],
                    $"{policy.Due(assignment.Lost[0]):yyyy-MM-dd}",
                    assignment.Lost.Count,
                    assignment.Lost[^1],
                    assignment.Months[0]
                );
        if (lateGap is not null)
            yield return new PaymentFlagged(
                state.Nss,
                $"{paymentId}:{FlagKind.LateCoverageGap.Name()}",
                paymentId,
                FlagKind.LateCoverageGap,
                lateGap.ToString(),
                decidedOn,
                assignment.Lost,
                DetailPhrase: lateGap
            );
        else if (assignment.Late && LateFlag(v, assignment.Months[0], policy) is var late)
            yield return new PaymentFlagged(
                state.Nss,
                $"{paymentId}:{FlagKind.Late.Name()}",
                paymentId,
                FlagKind.Late,
                late.ToString(),
                decidedOn,
                DetailPhrase: late
            );
    }

    private static Phrase LateFlag(DateOnly paid, CoverageMonth month, CoveragePolicy policy) =>
        new(
            "flag-late",
            $"{paid:yyyy-MM-dd}",
            $"{policy.Recommended(month):yyyy-MM-dd}",
            $"{policy.Due(month):yyyy-MM-dd}",
            month
        );

    /// <summary>
    /// A lot is held, with the whole held credit after it measured against the nearest accepted amount, and flagged.
    /// <paramref name="why"/> replaces the mismatch as the flag's reason where the lot is held for another cause.
    /// </summary>
    public static IEnumerable<object> Hold(
        WorkerCoverage state,
        string depositId,
        decimal amount,
        DateOnly valueDate,
        DateOnly on,
        List<(decimal Fee, DateOnly Date)> options,
        CoveragePolicy policy,
        Phrase? why = null,
        FlagKind? kind = null
    )
    {
        var credit = state.UnappliedCredit + amount;
        var mismatch = Nearest(credit, options, policy);
        yield return new CreditHeld(
            state.Nss,
            depositId,
            amount,
            mismatch.Expected,
            mismatch.Difference,
            credit,
            valueDate,
            on,
            mismatch.Months,
            why?.ToString(),
            why
        );
        var flagKind = kind ?? mismatch.Kind;
        var lots = state.Credits.Count(c => c.DepositId != depositId) + 1;
        var held = lots == 1 ? "" : (object)new Phrase("held-lots", Mismatch.Format(credit), lots);
        var detail = why ?? new Phrase("flag-held", Mismatch.Format(amount), held, mismatch.Describe());
        yield return new PaymentFlagged(
            state.Nss,
            $"{depositId}:{flagKind.Name()}",
            depositId,
            flagKind,
            detail.ToString(),
            on,
            Expected: mismatch.Expected,
            Received: credit,
            DetailPhrase: detail
        );
    }

    public static DateOnly Latest(DateOnly first, IEnumerable<DateOnly> others) =>
        others.Aggregate(first, (a, b) => a > b ? a : b);

    /// <summary>
    /// A payment's id: its deposit's, or with a number when the worker has a payment of that id already (a second part
    /// of one deposit, moved to the same worker or applied by an operator), so that a grant never replaces another
    /// payment.
    /// </summary>
    public static string PaymentId(WorkerCoverage state, string prefix)
    {
        if (state.Payments.All(p => p.PaymentId != prefix))
            return prefix;
        for (var n = 2; ; n++)
            if (state.Payments.All(p => p.PaymentId != $"{prefix}#{n}"))
                return $"{prefix}#{n}";
    }
}
