using Reconciliation.Domain.Notices;

namespace Reconciliation.Jobs.Notices;

/// <summary>
/// One notice per worker, month and kind (an amount notice: per held deposit): its id (<c>nss:kind:YYYY-MM</c>) is
/// unique in the database, so a second scan, or another node scanning at once, cannot schedule it again.
/// </summary>
public sealed class NoticeRecord
{
    public const string Scheduled = "scheduled";
    public const string Sent = "sent";
    public const string Failing = "failing";

    public string Id { get; set; } = "";
    public string Nss { get; set; } = "";
    public NoticeScheduled Notice { get; set; } = null!;
    public string Status { get; set; } = Scheduled;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? MessageId { get; set; }
    public string? Transport { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    public static string IdOf(string nss, string noticeId) => $"{nss}:{noticeId}";
}
