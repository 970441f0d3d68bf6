using System.Collections.Concurrent;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>
/// A batch is prepared while the one before it commits, reading what that batch writes from it: a repeated credit,
/// a worker paid again and a held amount completed in the very next batch are all decided right the first time,
/// with no batch written twice.
/// </summary>
public sealed class OverlappingBatchesTests(OverlappingBatchesTests.Fixture app)
    : IClassFixture<OverlappingBatchesTests.Fixture>
{
    /// <summary>One line per batch: each line's batch is prepared while the line before it commits.</summary>
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Statements:BatchSize", "1");
    }

    private const decimal Fee = 1905.82m;

    private static DateOnly D(int m, int d) => new(2026, m, d);

    [Fact]
    public async Task What_the_committing_batch_writes_is_what_the_next_batch_reads()
    {
        var nss = "3200000001" + CheckDigits.Nss("3200000001");
        await app.Host.EnrollAndWaitAsync(nss);
        var statement = new CamtStatement("OV1", "1", D(3, 31))
            .Credit(Fee, D(3, 2), "OV-A", $"PAGO {nss}")
            // the bank lists the credit twice: a duplicate of the batch before
            .Credit(Fee, D(3, 2), "OV-A", $"PAGO {nss}")
            .Credit(Fee, D(3, 3), "OV-B", $"PAGO {nss}")
            .Credit(Fee, D(3, 4), "OV-C", $"PAGO {nss}") // the worker as the batch before leaves them
            .Credit(1000m, D(3, 5), "OV-D", $"PAGO {nss}") // underpaid: an amount item raised
            .Credit(Fee - 1000m, D(3, 6), "OV-E", $"PAGO {nss}"); // completes it, in the next batch

        var importer = app.Host.Services.GetRequiredService<StatementImporter>();
        var attempts = new ConcurrentDictionary<int, int>();
        importer.BeforeCommit = batch =>
        {
            attempts.AddOrUpdate(batch, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        };
        StatementImportResult result;
        try
        {
            result = await importer.ImportAsync(
                new MemoryStream(statement.Build(0m)),
                "ov1.xml",
                "test",
                CancellationToken.None
            );
        }
        finally
        {
            importer.BeforeCommit = null;
        }

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(5, result.File.Report.Deposits);
        Assert.Equal(1, result.File.Report.Duplicates);
        Assert.True(attempts.Count >= 6, $"{attempts.Count} batches");
        Assert.All(attempts, a => Assert.True(a.Value == 1, $"batch {a.Key} was written {a.Value} times"));

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var coverage = (await session.LoadAsync<WorkerCoverage>(nss))!;
        Assert.Equal(
            ["2026-04", "2026-05", "2026-06", "2026-07"],
            coverage.Months().Select(m => m.Month.ToString()).ToArray()
        );
        Assert.Equal(0m, coverage.UnappliedCredit);
        var events = await session.Events.FetchStreamAsync(nss);
        Assert.Equal(events.Count, coverage.Version);

        var items = (await app.Host.GetAsJson<JsonElement[]>("/api/exceptions?kind=amount&status=all&pageSize=100"))!;
        var item = Assert.Single(items, i => i.GetProperty("nss").GetString() == nss);
        Assert.Equal("resolved", item.GetProperty("status").GetString());
    }
}
