using System.Security.Cryptography;
using System.Text;
using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Notices;

/// <summary>A notice a worker needs: its kind, the month it is about, its id, and the held deposit it is about (amount
/// notices).</summary>
public sealed record NoticeDue(NoticeKind Kind, CoverageMonth Month, string NoticeId, string? DepositId = null);

/// <summary>Which notices a worker needs on a day (docs/DOMAIN.md, *Notices*), from the coverage state.</summary>
public static class NoticeRules
{
    public static IEnumerable<NoticeDue> Due(WorkerCoverage worker, DateOnly today, CoveragePolicy policy)
    {
        if (worker.Withdrawn)
            yield break;
        var current = CoverageMonth.Of(today);
        var next = current.Next;
        if (worker.Covers(current) && !worker.Covers(next))
        {
            var kind =
                today <= policy.Recommended(next) ? NoticeKind.Reminder
                : today <= policy.Due(next) ? NoticeKind.Late
                : NoticeKind.Lapse;
            yield return new NoticeDue(kind, next, NoticeScheduled.IdOf(kind, next));
        }
        // Once per held deposit: about the month the held credit would pay if it were completed today.
        if (worker.Credits.Count == 0)
            yield break;
        var pays = CoverageRules.Assign(worker.FirstUnpaid, today, 1, policy, worker.PinnedMonths).Months[0];
        foreach (var lot in worker.Credits)
            yield return new NoticeDue(NoticeKind.Amount, pays, AmountNoticeId(lot.DepositId), lot.DepositId);
    }

    /// <summary>The id of the amount notice of a held deposit (a digest: deposit keys hold characters a Message-ID
    /// cannot).</summary>
    public static string AmountNoticeId(string depositId)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(depositId)));
        return $"{NoticeKind.Amount.Name()}:{digest[..16]}";
    }

    public static NoticeScheduled Schedule(
        WorkerCoverage worker,
        NoticeDue due,
        decimal monthlyFee,
        DateOnly today,
        CoveragePolicy policy
    )
    {
        if (due.Kind != NoticeKind.Amount)
            return new NoticeScheduled(
                worker.Nss,
                due.NoticeId,
                due.Kind,
                due.Month,
                worker.Language,
                worker.Email,
                worker.Name,
                monthlyFee,
                AmountDue: monthlyFee,
                Deadline: due.Kind == NoticeKind.Lapse ? policy.Due(due.Month.Next) : policy.Due(due.Month),
                ScheduledOn: today
            );

        // Received: the deposit held; measured with all the held credit against the nearest accepted amount.
        var lot = worker.Lot(due.DepositId!);
        var held = worker.UnappliedCredit;
        var mismatch = Mismatch.Nearest(held, [monthlyFee], policy.AcceptedMonths);
        return new NoticeScheduled(
            worker.Nss,
            due.NoticeId,
            due.Kind,
            due.Month,
            worker.Language,
            worker.Email,
            worker.Name,
            monthlyFee,
            AmountDue: mismatch.Underpaid ? -mismatch.Difference : 0m,
            Deadline: policy.Due(due.Month),
            ScheduledOn: today,
            Received: lot?.Amount ?? held,
            Expected: mismatch.Expected,
            HeldTotal: held,
            ExpectedMonths: mismatch.Months,
            DepositId: due.DepositId,
            ReceivedOn: lot?.ValueDate
        );
    }
}
