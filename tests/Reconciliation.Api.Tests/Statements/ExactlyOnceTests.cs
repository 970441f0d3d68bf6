using System.Globalization;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>Each credit becomes a deposit once: across formats, across crashes, across processes importing at
/// once.</summary>
public sealed class ExactlyOnceTests(ExactlyOnceTests.Fixture app) : IClassFixture<ExactlyOnceTests.Fixture>
{
    /// <summary>Small batches, so that a file of a few dozen lines spans several transactions.</summary>
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Statements:BatchSize", "5");
    }

    private StatementImporter Importer => app.Host.Services.GetRequiredService<StatementImporter>();

    /// <summary>A CSV export of <paramref name="count"/> SPEI credits, distinct by day (the file's own seed).</summary>
    private static byte[] CsvOfCredits(int count, int day)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
            text.Append(
                CultureInfo.InvariantCulture,
                $"2026/04/{day:D2},{i:D20},{1000 + i}.00,Abono,TRANSF INTERBANCARIA SPEI,PAGO IMSS {i},/BBVA "
                    + $"MEXICO,PAGO IMSS {i}/BBVA MEXICOFecha de Abono: {day:D2} ABRK{day}X{i}PAYER "
                    + $"{i}/012180001234567899400120000000{i:D3}\n"
            );
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task A_notification_then_the_statement_records_each_credit_once_and_confirms_it()
    {
        var (s054, b054) = await app.Host.UploadAsync(SampleFiles.Bytes("mx/imss-camt054-2026-03-10.xml"), "n.xml");
        Assert.Equal(201, s054);
        Assert.Equal(2, b054.Int("deposits"));

        var (s053, b053) = await app.Host.UploadAsync(SampleFiles.Bytes("mx/imss-camt053-2026-03-10.xml"), "s.xml");
        Assert.Equal(201, s053);
        Assert.Equal(2, b053.Int("confirmed"));
        Assert.Equal(2, b053.Int("deposits"));

        var deposits = (await app.Host.DepositsAsync()).Where(d => d.ValueDate == new DateOnly(2026, 3, 10)).ToList();
        Assert.Equal(4, deposits.Count);
        Assert.All(deposits, d => Assert.False(d.Provisional));
        Assert.Contains(deposits, d => d.Id == "spei:40012:20260310:BNET01002603100012345678");

        // The same credits once more, in another format's file of the same day: duplicates, nothing new.
        var (_, again) = await app.Host.UploadAsync(
            Encoding.UTF8.GetBytes(
                SampleFiles.Text("mx/imss-camt054-2026-03-10.xml").Replace("SCOTIA-CAMT054-20260310-1", "RESENT")
            ),
            "n2.xml"
        );
        Assert.Equal(0, again.Int("deposits"));
        Assert.Equal(2, again.Int("duplicates"));
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_file_loses_nothing_and_the_retry_completes_it_without_duplicates()
    {
        var content = CsvOfCredits(23, day: 7);
        Importer.BeforeCommit = batch =>
            batch == 3 ? throw new IOException("simulated crash before batch 3 commits") : Task.CompletedTask;
        StatementImportResult? first = null;
        try
        {
            await Assert.ThrowsAsync<IOException>(async () =>
                first = await Importer.ImportAsync(
                    new MemoryStream(content),
                    "crash.csv",
                    "test",
                    CancellationToken.None
                )
            );
        }
        finally
        {
            Importer.BeforeCommit = null;
        }
        Assert.Null(first);
        var partial = (await app.Host.DepositsAsync()).Count(d => d.ValueDate == new DateOnly(2026, 4, 7));
        Assert.Equal(10, partial); // two batches of five committed, the third rolled back

        // The file was registered and kept: running it again resumes after the checkpoint.
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var file = await session.Query<StatementFile>().SingleAsync(f => f.FileName == "crash.csv");
        Assert.Equal(StatementFileStatus.Importing, file.Status);
        Assert.Contains("simulated crash before batch 3 commits", file.LastError);
        Assert.Contains("with 10 lines written", file.LastError);
        // The report kept is the one of the last commit, though the reading had gone further by then.
        Assert.Equal(10, file.Report.Lines);
        Assert.Equal(10, file.Report.Deposits);

        var result = await Importer.RunAsync(file.Id, "test", CancellationToken.None);
        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Null(result.File.LastError);
        Assert.Equal(23, result.File.Report.Deposits);
        Assert.Equal(0, result.File.Report.Duplicates);
        Assert.Equal(23, result.File.Report.Lines);
        Assert.Equal(23, (await app.Host.DepositsAsync()).Count(d => d.ValueDate == new DateOnly(2026, 4, 7)));
    }

    [Fact]
    public async Task Two_imports_of_one_file_at_once_write_it_once()
    {
        var content = CsvOfCredits(30, day: 8);
        var results = await Task.WhenAll(
            Enumerable
                .Range(0, 4)
                .Select(i =>
                    Task.Run(() =>
                        Importer.ImportAsync(new MemoryStream(content), $"same-{i}.csv", "test", CancellationToken.None)
                    )
                )
        );

        Assert.Equal(1, results.Count(r => r.Outcome == ImportOutcome.Imported));
        Assert.All(results.Where(r => r.Outcome != ImportOutcome.Imported), r =>
            Assert.Contains(r.Outcome, new[] { ImportOutcome.AlreadyImported, ImportOutcome.InProgress })
        );
        Assert.Single(results.Select(r => r.File.Id).Distinct());
        Assert.Equal(30, (await app.Host.DepositsAsync()).Count(d => d.ValueDate == new DateOnly(2026, 4, 8)));
    }

    [Fact]
    public async Task Two_files_with_the_same_credits_imported_at_once_record_each_credit_once()
    {
        var a = CsvOfCredits(40, day: 9);
        // The same lines in another order and with a charge added: another file, the same credits.
        var b = Encoding.UTF8.GetBytes(
            string.Join("\n", Encoding.UTF8.GetString(a).TrimEnd('\n').Split('\n').Reverse())
                + "\n2026/04/09,00000000000000000000,17.40,Cargo,COMISION SPEI,,,\n"
        );

        var results = await Task.WhenAll(
            Task.Run(() => Importer.ImportAsync(new MemoryStream(a), "a.csv", "test", CancellationToken.None)),
            Task.Run(() => Importer.ImportAsync(new MemoryStream(b), "b.csv", "test", CancellationToken.None))
        );

        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        Assert.Equal(40, results.Sum(r => r.File.Report.Deposits));
        Assert.Equal(40, results.Sum(r => r.File.Report.Duplicates));
        Assert.Equal(40, (await app.Host.DepositsAsync()).Count(d => d.ValueDate == new DateOnly(2026, 4, 9)));
        Assert.Equal(40, await app.Host.EventCountAsync("deposit_received") - await OtherDepositEvents());
    }

    private async Task<long> OtherDepositEvents() =>
        (await app.Host.DepositsAsync()).Count(d => d.ValueDate != new DateOnly(2026, 4, 9));
}
