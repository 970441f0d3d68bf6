using MimeKit;
using Reconciliation.Domain.Notices;

namespace Reconciliation.Jobs.Notices;

/// <summary>The e-mail of a notice: both parts, and a Message-ID fixed by the notice, so a resend is recognisable as
/// the same message.</summary>
public static class NoticeMail
{
    public static MimeMessage Build(NoticeScheduled notice, SmtpSettings smtp)
    {
        var rendered = NoticeTemplates.Render(notice);
        var message = new MimeMessage
        {
            Subject = rendered.Subject,
            MessageId = $"notice.{notice.Nss}.{notice.NoticeId.Replace(':', '.')}@reconciliation.imss",
            Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(new MailboxAddress(notice.Name, notice.Email));
        message.Headers.Add("X-Notice-Kind", notice.Kind.Name());
        message.Headers.Add("X-Notice-Month", notice.Month.ToString());
        message.Headers.Add("X-Notice-Language", notice.Language == Domain.Workers.Language.English ? "en" : "es");
        return message;
    }
}
