using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Notices;

/// <summary>
/// A notice is due to the worker: once per worker, month and kind (<see cref="NoticeId"/> = <c>kind:YYYY-MM</c>), and
/// an amount notice once per held deposit. It carries everything the e-mail says, as of the day it was scheduled, and
/// is kept in the notice's record; the worker's stream records the sending (<see cref="NoticeSent"/>). For an amount
/// notice: <see cref="Received"/> is the deposit held (on <see cref="ReceivedOn"/>), <see cref="HeldTotal"/> all the
/// credit held, <see cref="Expected"/> the accepted amount nearest to it (<see cref="ExpectedMonths"/> months), and
/// <see cref="AmountDue"/> what completes it (0 when overpaid).
/// </summary>
public sealed record NoticeScheduled(
    Nss Nss,
    string NoticeId,
    NoticeKind Kind,
    CoverageMonth Month,
    Language Language,
    string Email,
    string Name,
    decimal MonthlyFee,
    decimal AmountDue,
    DateOnly Deadline,
    DateOnly ScheduledOn,
    decimal? Received = null,
    decimal? Expected = null,
    decimal? HeldTotal = null,
    int? ExpectedMonths = null,
    string? DepositId = null,
    DateOnly? ReceivedOn = null
)
{
    public static string IdOf(NoticeKind kind, CoverageMonth month) => $"{kind.Name()}:{month}";

    /// <summary>Held credit above the nearest accepted amount.</summary>
    public bool Overpaid => Kind == NoticeKind.Amount && HeldTotal > Expected;
}
