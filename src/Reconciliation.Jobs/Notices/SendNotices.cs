namespace Reconciliation.Jobs.Notices;

/// <summary>
/// The notices one batch of the scan scheduled, published with them in one outbox message: its handler
/// turns it into a <see cref="SendNotice"/> each, so the scan writes one message per batch, not per notice.
/// </summary>
public sealed record SendNotices(IReadOnlyList<SendNotice> Notices);
