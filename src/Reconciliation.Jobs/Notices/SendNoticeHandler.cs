using Marten;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Notices;
using Wolverine;

namespace Reconciliation.Jobs.Notices;

/// <summary>
/// Sends a scheduled notice — to the worker's address and in their language as they stand when it is sent — then
/// records it (<see cref="NoticeSent"/> and the record's status) in the handler's transaction. A notice already sent is
/// not sent again (a redelivered message, a second scan). A failed attempt is recorded as <see cref="NoticeFailed"/>
/// and retried with back-off; after the last try the message stays in Wolverine's dead letters.
/// </summary>
public static class SendNoticeHandler
{
    public static async Task Handle(
        SendNotice message,
        IDocumentSession session,
        IDocumentStore store,
        INoticeSender sender,
        NoticesSettings settings,
        Envelope envelope,
        TimeProvider clock,
        ILogger<SendNotice> logger,
        CancellationToken ct
    )
    {
        var id = NoticeRecord.IdOf(message.Nss.Value, message.NoticeId);
        var record = await session.LoadAsync<NoticeRecord>(id, ct);
        if (record is null || record.Status == NoticeRecord.Sent)
            return;

        // To the address, in the language and with the name in force now: the record may have changed since the scan.
        if (
            await session.LoadAsync<Domain.Workers.Worker>(message.Nss.Value, ct) is { } worker
            && (worker.Email, worker.Language, worker.Name)
                != (record.Notice.Email, record.Notice.Language, record.Notice.Name)
        )
            record.Notice = record.Notice with { Email = worker.Email, Language = worker.Language, Name = worker.Name };
        var mail = NoticeMail.Build(record.Notice, settings.Smtp);
        try
        {
            await sender.SendAsync(mail, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recorded apart from the handler's transaction, which the failure rolls back.
            await using var failure = store.LightweightSession();
            record.Status = NoticeRecord.Failing;
            record.Attempts = envelope.Attempts;
            record.LastError = e.Message;
            failure.Store(record);
            await failure.Events.AppendOptimistic(
                message.Nss.Value,
                CancellationToken.None,
                new NoticeFailed(message.Nss, message.NoticeId, envelope.Attempts, e.Message, clock.GetUtcNow())
            );
            await failure.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning(
                "Notice {NoticeId} to {Nss} failed (attempt {Attempt}): {Error}",
                message.NoticeId,
                message.Nss.Masked,
                envelope.Attempts,
                e.Message
            );
            throw;
        }

        record.Status = NoticeRecord.Sent;
        record.Attempts = envelope.Attempts;
        record.MessageId = mail.MessageId;
        record.Transport = sender.Transport;
        record.SentAt = clock.GetUtcNow();
        session.Store(record);
        await session.Events.AppendOptimistic(
            message.Nss.Value,
            ct,
            new NoticeSent(message.Nss, message.NoticeId, mail.MessageId!, sender.Transport, record.SentAt.Value)
        );
    }
}
