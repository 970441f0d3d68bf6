using System.Text;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Statements;

public sealed class DropFolderTests(DropFolderTests.Fixture app) : IClassFixture<DropFolderTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Statements:NightlyCron", "30 1 * * *");
            builder.UseSetting("Statements:MaxFileBytes", "200000");
        }
    }

    private string Inbox => Path.Combine(app.StatementsRoot, "inbox");

    [Fact]
    public async Task The_nightly_job_imports_the_inbox_and_files_each_file_by_its_outcome()
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(SampleFiles.PathOf("mx/imss-scotiabank-2026-01.csv"), Path.Combine(Inbox, "2026-01.csv"));
        File.WriteAllText(Path.Combine(Inbox, "broken.xml"), SampleFiles.Text("mx/imss-camt053-2026-03-10.xml")[..1500]);
        File.WriteAllText(Path.Combine(Inbox, "bad-line.sta"), ":20:X\n:25:044180001068672782\n:60F:C260101MXN0,\n:61:2601\n:62F:C260101MXN0,\n");
        File.Copy(SampleFiles.PathOf("mx/imss-scotiabank-2026-01.csv"), Path.Combine(Inbox, "same-again.csv"));
        File.WriteAllText(Path.Combine(Inbox, "still-copying.csv.part"), "2026/01/02,");

        await app.Host.Services.GetRequiredService<NightlyImportJob>().RunAsync(CancellationToken.None);

        var archived = Directory.GetFiles(Path.Combine(app.StatementsRoot, "archive"), "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).Order().ToArray();
        // Imported (a file with a bad line too, with the line's error beside it); an unreadable file is kept in failed/.
        Assert.Equal(["2026-01.csv", "bad-line.sta", "bad-line.sta.error.txt", "same-again.csv"], archived);
        Assert.Contains("line 4 (:61:)", File.ReadAllText(Directory.GetFiles(Path.Combine(app.StatementsRoot, "archive"), "bad-line.sta.error.txt", SearchOption.AllDirectories).Single()));
        Assert.True(File.Exists(Path.Combine(app.StatementsRoot, "failed", "broken.xml")));
        var error = File.ReadAllText(Path.Combine(app.StatementsRoot, "failed", "broken.xml.error.txt"));
        Assert.Contains("XML is not well formed", error);
        Assert.Contains("retry with POST /api/statements/", error);
        Assert.Equal(["still-copying.csv.part"], Directory.GetFiles(Inbox).Select(f => Path.GetFileName(f)).ToArray());

        // The credits of the two identical files are recorded once.
        Assert.Equal(3, (await app.Host.DepositsAsync()).Count(d => d.ValueDate.Year is 2025 or 2026 && d.Currency == "MXN" && d.Amount is 1905.82m or 2098.13m or 11434.92m));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_kept_in_failed()
    {
        Directory.CreateDirectory(Inbox);
        var big = new StringBuilder();
        while (big.Length < 250_000) big.Append(SampleFiles.Text("mx/imss-scotiabank-2026-01.csv"));
        File.WriteAllText(Path.Combine(Inbox, "huge.csv"), big.ToString());

        var results = await app.Host.Services.GetRequiredService<DropFolder>().ProcessInboxAsync(CancellationToken.None);

        var huge = Assert.Single(results, r => r.FileName == "huge.csv");
        Assert.Equal(ImportOutcome.Failed, huge.Outcome);
        Assert.Contains("larger than the limit of 200,000 bytes", File.ReadAllText(Path.Combine(app.StatementsRoot, "failed", "huge.csv.error.txt")));

        var (status, _) = await app.Host.UploadAsync(Encoding.UTF8.GetBytes(big.ToString()), "huge.csv");
        Assert.Equal(413, status);
    }

    [Fact]
    public void The_nightly_import_is_a_recurring_job_in_Mexico_City_time()
    {
        using var connection = app.Host.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == NightlyImportJob.Id);
        Assert.Equal("30 1 * * *", job.Cron);
        Assert.Equal("America/Mexico_City", job.TimeZoneId);
    }
}
