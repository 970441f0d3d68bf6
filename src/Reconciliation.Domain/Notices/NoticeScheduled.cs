using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Notices;

/// <summary>
/// A notice is due to the worker: once per worker, month and kind (<see cref="NoticeId"/> =
/// <c>kind:YYYY-MM</c>). It carries everything the e-mail says, as of the day it was scheduled, and is
/// kept in the notice's record; the worker's stream records the sending (<see cref="NoticeSent"/>).
/// Streams written before scheduling moved to the record hold it as an event too, which projections still read.
/// </summary>
public sealed record NoticeScheduled(
    string Nss,
    string NoticeId,
    string Kind,
    CoverageMonth Month,
    Language Language,
    string Email,
    string Name,
    decimal MonthlyFee,
    decimal AmountDue,
    DateOnly Deadline,
    DateOnly ScheduledOn,
    decimal? Received = null,
    decimal? Expected = null)
{
    public static string IdOf(string kind, CoverageMonth month) => $"{kind}:{month}";
}
