using Hangfire;
using Microsoft.Extensions.Hosting;
using Reconciliation.Jobs.Notices;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Jobs;

/// <summary>
/// Registers the recurring jobs when the host starts (before it serves anything), with their cron and the configured
/// time zone: the nightly statement import, the sweeper of unfinished files, and the daily delinquency scan.
/// </summary>
public sealed class RecurringJobs(
    IRecurringJobManager jobs,
    JobsSettings settings,
    StatementsSettings statements,
    NoticesSettings notices
) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        jobs.AddOrUpdate<NightlyImportJob>(
            NightlyImportJob.Id,
            job => job.RunAsync(CancellationToken.None),
            statements.NightlyCron,
            new RecurringJobOptions { TimeZone = timeZone }
        );
        jobs.AddOrUpdate<StatementSweeper>(
            StatementSweeper.Id,
            job => job.RunAsync(false, CancellationToken.None),
            statements.SweepCron,
            new RecurringJobOptions { TimeZone = timeZone }
        );
        jobs.AddOrUpdate<DelinquencyScanJob>(
            DelinquencyScanJob.Id,
            job => job.RunAsync(CancellationToken.None),
            notices.ScanCron,
            new RecurringJobOptions { TimeZone = timeZone }
        );
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
