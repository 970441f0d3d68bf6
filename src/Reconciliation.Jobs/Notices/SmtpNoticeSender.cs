using MailKit.Net.Smtp;
using MimeKit;

namespace Reconciliation.Jobs.Notices;

/// <summary>Sends through the configured SMTP server with MailKit (TLS and credentials from configuration).</summary>
public sealed class SmtpNoticeSender(NoticesSettings settings) : INoticeSender
{
    public string Transport => $"smtp://{settings.Smtp.Host}:{settings.Smtp.Port}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = settings.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.SocketOptions(), ct);
        if (!string.IsNullOrEmpty(smtp.User))
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
