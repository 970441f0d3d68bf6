using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// An operator's decisions on held credit. Each names one lot (a deposit) and acts on that lot alone: apply it (the
/// whole months it buys, what is above them staying held; or all of it as a partial payment of a month the operator
/// names), refund it, keep it held, or split it (part to a month of this worker or to another worker, the rest kept or
/// refunded). A decision on a lot that is no longer held is a conflict that says what became of it.
/// </summary>
public static class HeldCreditDecisions
{
    public static LotDecision Apply(
        WorkerCoverage worker,
        string depositId,
        CoverageMonth? month,
        DecisionBy by,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        if (Held(worker, depositId) is not { } lot)
            return NotHeld(worker, depositId);
        return ToMonths(worker, lot, lot.Amount, month, "month", LotApplication.AcceptedByOperator, by, fees, policy);
    }

    public static LotDecision Refund(
        WorkerCoverage worker,
        string depositId,
        DecisionBy by,
        string? payerAccount,
        string? payerName
    )
    {
        if (Held(worker, depositId) is not { } lot)
            return NotHeld(worker, depositId);
        return LotDecision.Of([
            new CreditRefunded(
                worker.Nss,
                depositId,
                lot.Amount,
                by.Operator,
                by.Reason,
                On(worker, lot, by),
                payerAccount,
                payerName
            ),
        ]);
    }

    public static LotDecision Keep(WorkerCoverage worker, string depositId, DecisionBy by)
    {
        if (Held(worker, depositId) is not { } lot)
            return NotHeld(worker, depositId);
        if (lot.Kept)
            return LotDecision.Conflicts(new Phrase("already-kept", depositId, Mismatch.Format(lot.Amount)));
        return LotDecision.Of([
            new CreditKept(worker.Nss, depositId, lot.Amount, by.Operator, by.Reason, On(worker, lot, by)),
        ]);
    }

    /// <summary>
    /// Part of a lot goes to a month of this worker (<paramref name="month"/>, or the whole months it buys), or to
    /// another worker (<paramref name="toNss"/>: the caller records it there as a payment); the rest stays held or is
    /// refunded.
    /// </summary>
    public static LotDecision Split(
        WorkerCoverage worker,
        string depositId,
        decimal amount,
        CoverageMonth? month,
        Nss? toNss,
        bool refundRest,
        DecisionBy by,
        FeeCalculator fees,
        CoveragePolicy policy,
        string? payerAccount = null,
        string? payerName = null
    )
    {
        if (Held(worker, depositId) is not { } lot)
            return NotHeld(worker, depositId);
        if (amount <= 0 || !Money.HasAtMostTwoDecimals(amount))
            return LotDecision.Invalid("amount", new Phrase("split-amount-invalid", amount));
        if (amount > lot.Amount)
            return LotDecision.Invalid(
                "amount",
                new Phrase("split-over-lot", depositId, Mismatch.Format(lot.Amount), Mismatch.Format(amount))
            );
        if (toNss == worker.Nss)
            return LotDecision.Invalid("nss", new Phrase("split-to-self"));

        LotDecision part;
        if (toNss is not null)
        {
            if (month is not null)
                return LotDecision.Invalid("month", new Phrase("split-month-elsewhere"));
            part = LotDecision.Of([
                new CreditTransferred(
                    worker.Nss,
                    depositId,
                    amount,
                    toNss.Value,
                    by.Operator,
                    by.Reason,
                    On(worker, lot, by)
                ),
            ]);
        }
        else
        {
            part = ToMonths(
                worker,
                lot,
                amount,
                month,
                month is null ? "amount" : "month",
                LotApplication.SplitByOperator,
                by,
                fees,
                policy,
                exactOnly: month is null
            );
            if (!part.Taken)
                return part;
        }

        var rest = lot.Amount - amount;
        if (rest == 0)
            return part;
        return LotDecision.Of([
            .. part.Events,
            refundRest
                ? new CreditRefunded(
                    worker.Nss,
                    depositId,
                    rest,
                    by.Operator,
                    by.Reason,
                    On(worker, lot, by),
                    payerAccount,
                    payerName
                )
                : new CreditKept(worker.Nss, depositId, rest, by.Operator, by.Reason, On(worker, lot, by)),
        ]);
    }

    /// <summary>
    /// An amount of a lot applied to months: the month named (a partial payment of it), or the whole months it buys at
    /// the fee of the lot's value date (<paramref name="exactOnly"/>: only when it is exactly that many fees).
    /// </summary>
    private static LotDecision ToMonths(
        WorkerCoverage worker,
        HeldCredit lot,
        decimal amount,
        CoverageMonth? month,
        string field,
        LotApplication how,
        DecisionBy by,
        FeeCalculator fees,
        CoveragePolicy policy,
        bool exactOnly = false
    )
    {
        if (worker.WithdrawnOn is { } withdrawn)
            return LotDecision.Conflicts(new Phrase("withdrawn-refund", $"{withdrawn:yyyy-MM-dd}"));
        var fee = Grants.FeeOptions(worker, lot.ValueDate, fees, policy)[0];
        var on = On(worker, lot, by);
        var paymentId = PaymentId(worker, lot.DepositId, how, on);
        var parts = new[] { new LotPart(lot.DepositId, amount, lot.ValueDate) };
        var applied = new CreditApplied(worker.Nss, parts, amount, paymentId, how, on, by.Operator, by.Reason);

        if (month is { } named)
        {
            if (Unpayable(worker, named, lot) is { } why)
                return LotDecision.Invalid(field, why);
            // Priced at the income in force for the month named, which may not be the month the lot would pay first.
            var (income, zone) = worker.IncomeFor(named);
            var namedFee = fees.Quote(income, zone, fee.Date).Monthly;
            return LotDecision.Of([
                applied,
                .. Grants.Grant(
                    worker,
                    paymentId,
                    parts,
                    lot.ValueDate,
                    (1, namedFee, fee.Date),
                    policy,
                    on,
                    pinned: named
                ),
            ]);
        }
        var months = (int)Math.Floor(amount / fee.Fee);
        if (months == 0 || (exactOnly && Money.ToCentavos(amount) != Money.ToCentavos(fee.Fee) * months))
            return LotDecision.Invalid(
                field,
                new Phrase("not-whole-fees", Mismatch.Format(amount), Mismatch.Format(fee.Fee))
            );
        // The whole months' fees are applied; anything above them stays held in the lot (to be refunded, kept or
        // completed).
        var whole = new[] { new LotPart(lot.DepositId, months * fee.Fee, lot.ValueDate) };
        return LotDecision.Of([
            applied with
            {
                Lots = whole,
                Amount = months * fee.Fee,
            },
            .. Grants.Grant(
                worker,
                paymentId,
                whole,
                lot.ValueDate,
                (months, fee.Fee, fee.Date),
                policy,
                on,
                flagLate: false
            ),
        ]);
    }

    /// <summary>A month an operator may name: not paid yet, not before the enrollment, and not after the next unpaid
    /// one.</summary>
    private static Phrase? Unpayable(WorkerCoverage worker, CoverageMonth month, HeldCredit lot)
    {
        if (worker.Covers(month))
            return new Phrase("month-paid", month);
        if (month < CoverageMonth.Of(worker.EnrolledOn))
            return new Phrase("before-enrollment", month, $"{worker.EnrolledOn:yyyy-MM-dd}");
        var next = worker.FirstUnpaid ?? CoverageMonth.Of(lot.ValueDate).Next;
        if (month > next)
            return new Phrase("months-in-order", month, next);
        return null;
    }

    private static HeldCredit? Held(WorkerCoverage worker, string depositId) => worker.Lot(depositId);

    private static LotDecision NotHeld(WorkerCoverage worker, string depositId) =>
        LotDecision.Conflicts(
            worker.ClosedLots.FirstOrDefault(c => c.DepositId == depositId) is { } outcome
                ? new Phrase(
                    "lot-closed",
                    depositId,
                    outcome.WhatPhrase ?? (object)outcome.What,
                    $"{outcome.On:yyyy-MM-dd}"
                )
                : new Phrase("no-lot", depositId, worker.Id)
        );

    /// <summary>The business date of a decision: today, and never before the lot was held or the stream's latest
    /// fact.</summary>
    private static DateOnly On(WorkerCoverage worker, HeldCredit lot, DecisionBy by) =>
        Grants.Latest(by.Today, [lot.HeldSince, worker.DecidedThrough]);

    private static string PaymentId(WorkerCoverage worker, string depositId, LotApplication how, DateOnly on) =>
        Grants.PaymentId(worker, $"{depositId}:{how.Name()}:{on:yyyy-MM-dd}");
}
