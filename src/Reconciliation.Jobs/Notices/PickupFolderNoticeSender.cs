using MimeKit;

namespace Reconciliation.Jobs.Notices;

/// <summary>The local default without SMTP settings: each notice is written as an .eml file to the pickup folder (0600,
/// in a 0700 folder).</summary>
public sealed class PickupFolderNoticeSender(NoticesSettings settings) : INoticeSender
{
    public string Folder => Path.GetFullPath(settings.PickupFolder);

    public string Transport => $"file://{Folder}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        // Owner-only, like the statements: a notice names the worker, their NSS and what they owe.
        Reconciliation.Jobs.PrivateFiles.Folder(Folder);
        var name =
            string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Where(char.IsAsciiLetterOrDigit))
            + ".eml";
        var temp = Path.Combine(Folder, "." + name);
        await using (var file = new FileStream(temp, Reconciliation.Jobs.PrivateFiles.NewFile()))
            await message.WriteToAsync(file, ct);
        File.Move(temp, Path.Combine(Folder, name), overwrite: true);
    }
}
