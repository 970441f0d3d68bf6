using MimeKit;

namespace Reconciliation.Jobs.Notices;

/// <summary>Where notices go: an SMTP server, or the pickup folder of the local configuration.</summary>
public interface INoticeSender
{
    string Transport { get; }

    Task SendAsync(MimeMessage message, CancellationToken ct);
}
