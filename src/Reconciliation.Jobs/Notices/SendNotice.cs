using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Jobs.Notices;

/// <summary>Send a scheduled notice (published through the durable outbox with the scheduling).</summary>
public sealed record SendNotice(Nss Nss, string NoticeId);
