using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Notices;

/// <summary>
/// A notice is due to the worker: once per worker, month and kind (<see cref="NoticeId"/> =
/// <c>kind:YYYY-MM</c>). It carries everything the e-mail says, as of the day it was scheduled.
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
