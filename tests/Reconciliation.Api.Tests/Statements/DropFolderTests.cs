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
        File.WriteAllText(
            Path.Combine(Inbox, "broken.xml"),
            SampleFiles.Text("mx/imss-camt053-2026-03-10.xml")[..1500]
        );
        File.WriteAllText(
            Path.Combine(Inbox, "bad-line.sta"),
            ":20:X\n:25:044180001068672782\n:60F:C260101MXN0,\n:61:2601\n:62F:C260101MXN0,\n"
        );
        File.Copy(SampleFiles.PathOf("mx/imss-scotiabank-2026-01.csv"), Path.Combine(Inbox, "same-again.csv"));
        File.WriteAllText(Path.Combine(Inbox, "still-copying.csv.part"), "2026/01/02,");

        await app.Host.Services.GetRequiredService<NightlyImportJob>().RunAsync(CancellationToken.None);

        var archived = Directory
            .GetFiles(Path.Combine(app.StatementsRoot, "archive"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(f))
            .Order()
            .ToArray();
        // Imported (a file with a bad line too, with the line's error beside it); an unreadable file is kept in
        // failed/.
        Assert.Equal(["2026-01.csv", "bad-line.sta", "bad-line.sta.error.txt", "same-again.csv"], archived);
        Assert.Contains(
            "line 4 (:61:)",
            File.ReadAllText(
                Directory
                    .GetFiles(
                        Path.Combine(app.StatementsRoot, "archive"),
                        "bad-line.sta.error.txt",
                        SearchOption.AllDirectories
                    )
                    .Single()
            )
        );
        Assert.True(File.Exists(Path.Combine(app.StatementsRoot, "failed", "broken.xml")));
        var error = File.ReadAllText(Path.Combine(app.StatementsRoot, "failed", "broken.xml.error.txt"));
        Assert.Contains("XML is not well formed", error);
        Assert.Contains("retry with POST /api/statements/", error);
        Assert.Equal(["still-copying.csv.part"], Directory.GetFiles(Inbox).Select(f => Path.GetFileName(f)).ToArray());

        // The credits of the two identical files are recorded once.
        Assert.Equal(
            3,
            (await app.Host.DepositsAsync()).Count(d =>
                d.ValueDate.Year is 2025 or 2026 && d.Currency == "MXN" && d.Amount is 1905.82m or 2098.13m or 11434.92m
            )
        );
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_kept_in_failed()
    {
        Directory.CreateDirectory(Inbox);
        var big = new StringBuilder();
        while (big.Length < 250_000)
            big.Append(SampleFiles.Text("mx/imss-scotiabank-2026-01.csv"));
        File.WriteAllText(Path.Combine(Inbox, "huge.csv"), big.ToString());

        var results = await app
            .Host.Services.GetRequiredService<DropFolder>()
            .ProcessInboxAsync(CancellationToken.None);

        var huge = Assert.Single(results, r => r.FileName == "huge.csv");
        Assert.Equal(ImportOutcome.Failed, huge.Outcome);
        Assert.Contains(
            "larger than the limit of 200,000 bytes",
            File.ReadAllText(Path.Combine(app.StatementsRoot, "failed", "huge.csv.error.txt"))
        );

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

/// <summary>
/// The drop folder takes each file on its own (one failure never stops the others), only regular files (no links, pipes
/// or folders, which are set aside unopened), and keeps what it takes owner-only.
/// </summary>
public sealed class DropFolderRulesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private string Inbox => Path.Combine(app.StatementsRoot, "inbox");
    private string Failed => Path.Combine(app.StatementsRoot, "failed");
    private StatementImporter Importer => app.Host.Services.GetRequiredService<StatementImporter>();

    private static string Csv(int day, string key) =>
        $"2026/05/{day:D2},00000000000000000001,1500.00,Abono,TRANSF INTERBANCARIA SPEI,PAGO,/BBVA MEXICO,PAGO/BBVA "
        + $"MEXICOFecha de Abono: {day:D2} MAY{key}PAYER/012180001234567899400120000000001\n";

    [Fact]
    public async Task A_file_whose_import_stops_stays_for_the_next_run_and_the_files_after_it_are_imported()
    {
        Directory.CreateDirectory(Inbox);
        File.WriteAllText(Path.Combine(Inbox, "a-stops.csv"), Csv(4, "STOPS1"));
        File.WriteAllText(Path.Combine(Inbox, "b-fine.csv"), Csv(5, "FINE1"));
        var thrown = 0;
        Importer.BeforeCommit = _ =>
            Interlocked.Increment(ref thrown) == 1
                ? throw new InvalidOperationException("something unexpected")
                : Task.CompletedTask;
        try
        {
            // The run takes every file, then fails, so that Hangfire's retry resumes the one that stopped.
            var error = await Assert.ThrowsAsync<StatementImportStoppedException>(() =>
                app.Host.Services.GetRequiredService<NightlyImportJob>().RunAsync(CancellationToken.None)
            );
            Assert.Contains("a-stops.csv", error.Message);
            Assert.Contains("something unexpected", error.Message);
        }
        finally
        {
            Importer.BeforeCommit = null;
        }
        Assert.Contains(await app.Host.DepositsAsync(), d => d.ValueDate == new DateOnly(2026, 5, 5));
        Assert.Equal(["a-stops.csv"], Directory.GetFileSystemEntries(Inbox).Select(f => Path.GetFileName(f)).ToArray());

        // The retry: the stopped file is resumed and archived.
        await app.Host.Services.GetRequiredService<NightlyImportJob>().RunAsync(CancellationToken.None);
        Assert.Contains(await app.Host.DepositsAsync(), d => d.ValueDate == new DateOnly(2026, 5, 4));
        Assert.Empty(Directory.GetFileSystemEntries(Inbox));
    }

    [Fact]
    public async Task Links_pipes_and_folders_are_set_aside_unopened_and_nothing_they_point_to_is_stored()
    {
        Directory.CreateDirectory(Inbox);
        var secret = Path.Combine(app.StatementsRoot, "api-key");
        File.WriteAllText(secret, Csv(6, "SECRET1"));
        File.CreateSymbolicLink(Path.Combine(Inbox, "link.csv"), secret);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(Inbox, "pipe.csv")))
            await mkfifo.WaitForExitAsync();
        Directory.CreateDirectory(Path.Combine(Inbox, "folder.csv"));
        File.WriteAllText(Path.Combine(Inbox, "z-fine.csv"), Csv(7, "FINE2"));

        // A pipe that is opened waits for a writer forever: the run ending at all shows it was not.
        var results = await app
            .Host.Services.GetRequiredService<DropFolder>()
            .ProcessInboxAsync(CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ImportOutcome.Imported, Assert.Single(results, r => r.FileName == "z-fine.csv").Outcome);
        foreach (
            var (name, what) in new[]
            {
                ("link.csv", "a symbolic link"),
                ("pipe.csv", "a named pipe"),
                ("folder.csv", "a folder"),
            }
        )
        {
            Assert.Equal(ImportOutcome.Failed, Assert.Single(results, r => r.FileName == name).Outcome);
            Assert.Contains(what, File.ReadAllText(Path.Combine(Failed, name + ".error.txt")));
        }
        Assert.NotNull(new FileInfo(Path.Combine(Failed, "link.csv")).LinkTarget); // the link itself was moved
        Assert.True(File.Exists(secret));
        Assert.DoesNotContain(await app.Host.DepositsAsync(), d => d.ValueDate == new DateOnly(2026, 5, 6));
        var secretHash = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(secret))
        );
        Assert.False(File.Exists(Path.Combine(app.StatementsRoot, "store", secretHash)));
        Assert.Empty(Directory.GetFileSystemEntries(Inbox));
    }

    [Fact]
    public async Task What_the_drop_folder_keeps_is_owner_only_and_a_folder_left_open_is_warned_about_at_start_up()
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, "open.csv");
        File.WriteAllText(path, Csv(8, "MODES1"));
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100); // 0644, as a copy into the inbox may leave it
        await app.Host.Services.GetRequiredService<DropFolder>().ProcessInboxAsync(CancellationToken.None);

        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        const UnixFileMode folder = file | UnixFileMode.UserExecute;
        var store = Path.Combine(app.StatementsRoot, "store");
        Assert.Equal(folder, File.GetUnixFileMode(store));
        Assert.All(Directory.GetFiles(store), f => Assert.Equal(file, File.GetUnixFileMode(f)));
        var archived = Directory
            .GetFiles(Path.Combine(app.StatementsRoot, "archive"), "open.csv", SearchOption.AllDirectories)
            .Single();
        Assert.Equal(file, File.GetUnixFileMode(archived));
        Assert.Equal(folder, File.GetUnixFileMode(Path.GetDirectoryName(archived)!));

        File.SetUnixFileMode(store, (UnixFileMode)0b111_101_101); // 0755, by hand
        var logger = new ListLogger<global::Reconciliation.Api.Setup.PrivateFoldersCheck>();
        var check = ActivatorUtilities.CreateInstance<global::Reconciliation.Api.Setup.PrivateFoldersCheck>(
            app.Host.Services,
            logger
        );
        await check.StartAsync(CancellationToken.None);
        File.SetUnixFileMode(store, folder);
        var warning = Assert.Single(logger.Messages, m => m.Contains(app.StatementsRoot));
        Assert.Contains(store, warning);
        Assert.Contains("mode 755 lets every user in", warning);
    }
}

/// <summary>A logger that keeps what it is told.</summary>
public sealed class ListLogger<T> : Microsoft.Extensions.Logging.ILogger<T>
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

    public void Log<TState>(
        Microsoft.Extensions.Logging.LogLevel logLevel,
        Microsoft.Extensions.Logging.EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    ) => Messages.Add(formatter(state, exception));
}
