using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Jobs.Notices;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Notices;

/// <summary>The local default: without SMTP settings, notices are .eml files in the pickup folder. Today is 18 April
/// 2026.</summary>
public sealed class PickupFolderTests(PickupFolderTests.Fixture app) : IClassFixture<PickupFolderTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        public string Mail => Path.Combine(StatementsRoot, "mail");

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Notices:PickupFolder", Mail);
            builder.UseSetting("Notices:ScanCron", "15 6 * * *");
            builder.UseFixedClock(new DateTimeOffset(2026, 4, 18, 18, 0, 0, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task Without_SMTP_settings_a_late_notice_is_written_as_an_eml_file()
    {
        const string nss = "12345678903";
        await app.Host.EnrollAndWaitAsync(nss);
        var statement = new CamtStatement("P1", "1", new DateOnly(2026, 3, 31)).Credit(
            1905.82m,
            new DateOnly(2026, 3, 10),
            "P1",
            $"PAGO {nss}"
        );
        await app.Host.UploadAndMatchAsync(statement.Build(0m), "p1.xml");

        await app
            .Host.TrackActivity()
            .Timeout(TimeSpan.FromMinutes(1))
            .ExecuteAndWaitAsync(
                (Func<Wolverine.IMessageContext, Task>)(
                    _ => app.Host.Services.GetRequiredService<DelinquencyScanJob>().RunAsync(CancellationToken.None)
                )
            );

        var file = Assert.Single(Directory.GetFiles(app.Mail, "*.eml"));
        // A notice names the worker and what they owe: only the service's user may read it.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(app.Mail)
        );
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Aviso: tu pago de mayo de 2026 está atrasado", message.Subject);
        Assert.Contains("a más tardar el 20 de abril de 2026", message.TextBody);
        Assert.NotNull(message.HtmlBody);
    }

    [Fact]
    public void The_scan_is_a_daily_recurring_job_in_Mexico_City_time()
    {
        using var connection = app.Host.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == DelinquencyScanJob.Id);
        Assert.Equal("15 6 * * *", job.Cron);
        Assert.Equal("America/Mexico_City", job.TimeZoneId);
    }
}
