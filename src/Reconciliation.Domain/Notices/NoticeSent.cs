using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Notices;

/// <summary>The notice left: accepted by the SMTP server (or written to the pickup folder).</summary>
public sealed record NoticeSent(Nss Nss, string NoticeId, string MessageId, string Transport, DateTimeOffset SentAt);
