using Hangfire;
using Reconciliation.Jobs;
using Reconciliation.Jobs.Deposits;

namespace Reconciliation.Api.Setup;

/// <summary>The recurring jobs whose work is the application's own (the queue lives here): the daily check of
/// unconfirmed credits.</summary>
public sealed class ApiRecurringJobs(IRecurringJobManager jobs, JobsSettings settings, IConfiguration configuration)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var cron = configuration[$"{CoverageSettings.Section}:UnconfirmedCheckCron"]
            ?? UnconfirmedCreditsJob.DefaultCron;
        jobs.AddOrUpdate<UnconfirmedCreditsJob>(
            UnconfirmedCreditsJob.Id,
            job => job.RunAsync(CancellationToken.None),
            cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone) }
        );
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
