using Wolverine;

namespace Reconciliation.Jobs.Notices;

/// <summary>
/// A scan's batch of notices becomes a message per notice (durable, in this handler's transaction), so
/// that each is sent, retried and, at worst, dead-lettered on its own (<see cref="SendNoticeHandler"/>).
/// </summary>
public static class SendNoticesHandler
{
    public static OutgoingMessages Handle(SendNotices message)
    {
        var each = new OutgoingMessages();
        each.AddRange(message.Notices);
        return each;
    }
}
