using MimeKit;
using Reconciliation.Jobs.Notices;

namespace Reconciliation.Api.Notices;

/// <summary>The local default without SMTP settings: each notice is written as an .eml file to the pickup folder.</summary>
public sealed class PickupFolderNoticeSender(NoticesSettings settings) : INoticeSender
{
    public string Folder => Path.GetFullPath(settings.PickupFolder);

    public string Transport => $"file://{Folder}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Where(char.IsAsciiLetterOrDigit)) + ".eml";
        var temp = Path.Combine(Folder, "." + name);
        await message.WriteToAsync(temp, ct);
        File.Move(temp, Path.Combine(Folder, name), overwrite: true);
    }
}
