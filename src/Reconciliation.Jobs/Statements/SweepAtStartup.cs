using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Once the host has started, resumes every file a crash or a stop left open (
/// <see cref="StatementsSettings.SweepOnStartup"/>), in the background: serving does not wait for it.
/// </summary>
public sealed class SweepAtStartup(
    StatementSweeper sweeper,
    StatementsSettings settings,
    IHostApplicationLifetime lifetime,
    ILogger<SweepAtStartup> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.SweepOnStartup)
            return;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        try
        {
            await sweeper.RunAsync(anyAge: true, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            logger.LogError(
                e,
                "The start-up sweep of open statement files failed; the recurring sweeper ({Id}) tries again",
                StatementSweeper.Id
            );
        }
    }
}
