using Reconciliation.Jobs;
using Reconciliation.Jobs.Notices;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Setup;

/// <summary>
/// At start-up, warns when a folder that holds statements or notices (the store, archive/, failed/, the pickup folder)
/// lets other users in: the application creates them owner-only, so one that is not was made, or changed, by hand.
/// </summary>
public sealed class PrivateFoldersCheck(
    StatementsSettings statements,
    NoticesSettings notices,
    ILogger<PrivateFoldersCheck> logger
) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in Folders())
            if (PrivateFiles.OpenTo(folder) is { } open)
                logger.LogWarning(
                    "Folder {Folder} holds personal data but its {Mode}: make it owner-only (chmod 700, its files 600)",
                    folder,
                    open
                );
        return Task.CompletedTask;
    }

    public IEnumerable<string> Folders() =>
        [statements.Store, statements.Archive, statements.Failed, Path.GetFullPath(notices.PickupFolder)];

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
