using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Jobs.Notices;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Notices;

/// <summary>
/// The morning scan does not call late a payment that sits in a file not yet imported: it waits, visibly, and runs once
/// the file is in. Today is 18 April 2026.
/// </summary>
public sealed class ScanWaitsForImportsTests(ScanWaitsForImportsTests.Fixture app)
    : IClassFixture<ScanWaitsForImportsTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        public string Mail => Path.Combine(StatementsRoot, "mail");

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Notices:PickupFolder", Mail);
            builder.UseSetting("Notices:ScanDeferral", "00:20:00");
            builder.UseSetting("Statements:BatchSize", "1");
            builder.UseFixedClock(new DateTimeOffset(2026, 4, 18, 18, 0, 0, TimeSpan.Zero));
        }
    }

    private Hangfire.Storage.IMonitoringApi Monitoring =>
        app.Host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

    [Fact]
    public async Task While_a_received_file_is_not_imported_the_scan_sends_nothing_and_runs_again_later()
    {
        const string nss = "12345678903";
        await app.Host.EnrollAndWaitAsync(nss);
        // The worker paid March; April's payment is in this morning's file, which stopped half way.
        var march = new CamtStatement("W1", "1", new DateOnly(2026, 3, 31)).Credit(
            1905.82m,
            new DateOnly(2026, 3, 10),
            "W1",
            $"PAGO {nss}"
        );
        await app.Host.UploadAndMatchAsync(march.Build(0m), "march.xml");
        var april = new CamtStatement("W2", "2", new DateOnly(2026, 4, 17))
            .Credit(1905.82m, new DateOnly(2026, 4, 16), "W2A", "OTRO PAGO")
            .Credit(1905.82m, new DateOnly(2026, 4, 17), "W2B", $"PAGO {nss}");
        var importer = app.Host.Services.GetRequiredService<StatementImporter>();
        importer.BeforeCommit = batch =>
            batch == 2 ? throw new IOException("the database went away") : Task.CompletedTask;
        try
        {
            await Assert.ThrowsAsync<IOException>(() =>
                importer.ImportAsync(
                    new MemoryStream(april.Build(1905.82m)),
                    "april.xml",
                    "test",
                    CancellationToken.None
                )
            );
        }
        finally
        {
            importer.BeforeCommit = null;
        }

        var scheduledBefore = Monitoring.ScheduledCount();
        Assert.Equal(0, await app.Host.ScanAndWaitAsync());
        Assert.False(
            Directory.Exists(app.Mail) && Directory.GetFiles(app.Mail, "*.eml").Length > 0,
            "no notice while the file is open"
        );
        // It runs again later: a scheduled job on the dashboard.
        var again = Monitoring.ScheduledJobs(0, 100);
        Assert.Equal(scheduledBefore + 1, Monitoring.ScheduledCount());
        Assert.Contains(again, j => j.Value.Job.Type == typeof(DelinquencyScanJob));

        // The sweeper finishes the file; the worker's April payment is in, and the scan that follows finds nothing late
        // for it.
        var settings = app.Host.Services.GetRequiredService<StatementsSettings>();
        var resumeAfter = settings.ResumeAfter;
        settings.ResumeAfter = TimeSpan.Zero;
        try
        {
            await app
                .Host.Services.GetRequiredService<StatementSweeper>()
                .RunAsync(anyAge: false, CancellationToken.None);
        }
        finally
        {
            settings.ResumeAfter = resumeAfter;
        }
        Assert.Empty(
            await app
                .Host.Services.GetRequiredService<DelinquencyScanJob>()
                .ImportsToWaitForAsync(CancellationToken.None)
        );
        await app.Host.ScanAndWaitAsync();
        var notices = Directory.Exists(app.Mail) ? Directory.GetFiles(app.Mail, "*.eml") : [];
        Assert.DoesNotContain(notices, f => File.ReadAllText(f).Contains("atrasado"));
    }
}
