using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The bank took a deposit back (a reversal entry or a plain debit that returns it). What this worker had of it goes:
/// the lot it left held, and every payment it was part of, whose months are revoked; the other payments are recomputed.
/// The other deposits of a revoked payment are held again, as of the reversal's date (never earlier), so that coverage
/// as of any earlier date still shows them applied, and never both applied and held.
/// </summary>
public static class ReversalDecisions
{
    public static IReadOnlyList<object> Reverse(
        WorkerCoverage worker,
        string depositId,
        DateOnly on,
        string statementEntryId,
        FeeCalculator fees,
        CoveragePolicy policy,
        Phrase? cause = null
    )
    {
        cause ??= new Phrase("reversed-by-bank");
        if (worker.ReversedDepositIds.Contains(depositId))
            return [];
        var events = new List<object>();
        var state = worker;
        void Record(object e)
        {
            events.Add(e);
            state = state.Evolve(e);
        }

        var share = worker.ShareOf(depositId);
        var revoked = worker.Payments.Where(p => (p.Parts ?? []).Any(part => part.DepositId == depositId)).ToList();
        // Recorded on the bank's date, or on the stream's latest one: never before what it undoes was decided.
        var bankDate = on;
        on = Grants.Latest(on, [worker.DecidedThrough]);
        Record(new DepositReversed(worker.Nss, depositId, share, on, statementEntryId));
        foreach (var payment in revoked)
            Record(
                new CoverageRevoked(
                    worker.Nss,
                    payment.PaymentId,
                    payment.Months,
                    $"deposit {depositId} was reversed",
                    on,
                    new Phrase("deposit-reversed", depositId)
                )
            );

        var remaining = worker.Payments.Except(revoked).ToList();
        var months = CoverageRules.Replay(remaining, policy);
        for (var i = 0; i < remaining.Count; i++)
        {
            var p = remaining[i];
            if (!p.Months.SequenceEqual(months[i]))
                Record(
                    new CoverageGranted(
                        worker.Nss,
                        p.PaymentId,
                        p.DepositIds,
                        p.ValueDate,
                        p.Amount,
                        p.MonthCount,
                        p.MonthlyFee,
                        p.ValueDate,
                        months[i],
                        on,
                        p.Parts,
                        p.Pinned
                    )
                );
        }

        foreach (
            var (payment, part) in revoked.SelectMany(p =>
                (p.Parts ?? []).Where(x => x.DepositId != depositId).Select(x => (p, x))
            )
        )
        foreach (
            var e in Grants.Hold(
                state,
                part.DepositId,
                part.Amount,
                part.ValueDate,
                on,
                Grants.FeeOptions(state, part.ValueDate, fees, policy),
                policy,
                new Phrase(
                    "held-again",
                    Mismatch.Format(part.Amount),
                    string.Join(", ", payment.Months),
                    depositId,
                    cause,
                    $"{bankDate:yyyy-MM-dd}"
                )
            )
        )
            Record(e);

        var what =
            revoked.Count > 0
                ? new Phrase("months-revoked", string.Join(", ", revoked.SelectMany(p => p.Months).Order()))
            : share > 0 ? new Phrase("held-removed")
            : new Phrase("nothing-here");
        var detail = new Phrase(
            "flag-reversed",
            depositId,
            Mismatch.Format(share),
            cause,
            $"{bankDate:yyyy-MM-dd}",
            what
        );
        Record(
            new PaymentFlagged(
                worker.Nss,
                $"{depositId}:{FlagKind.Reversed.Name()}",
                depositId,
                FlagKind.Reversed,
                detail.ToString(),
                on,
                DetailPhrase: detail
            )
        );
        return events;
    }
}
