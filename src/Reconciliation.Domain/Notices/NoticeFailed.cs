using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Notices;

/// <summary>An attempt to send failed; it is retried with back-off, then kept as a dead letter.</summary>
public sealed record NoticeFailed(Nss Nss, string NoticeId, int Attempt, string Error, DateTimeOffset FailedAt);
