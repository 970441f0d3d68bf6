using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Jobs.Notices;

namespace Reconciliation.Api.Tests.Notices;

/// <summary>
/// A scan over more workers than a batch: each batch is scheduled while the next is read. Today is
/// 10 April 2026; batches of two workers.
/// </summary>
public sealed class ScanBatchTests(ScanBatchTests.Fixture app) : IClassFixture<ScanBatchTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Notices:BatchSize", "2");
            builder.UseFixedClock(new DateTimeOffset(2026, 4, 10, 18, 0, 0, TimeSpan.Zero));
        }
    }

    private static string Nss(int i) => $"71000000{i:D2}" + CheckDigits.Nss($"71000000{i:D2}");

    private async Task<IReadOnlyList<NoticeRecord>> RecordsAsync()
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<NoticeRecord>().ToListAsync();
    }

    [Fact]
    public async Task A_failed_batch_stops_the_scan_and_the_next_scan_schedules_the_rest_once()
    {
        var workers = Enumerable.Range(1, 7).Select(Nss).ToArray();
        var statement = new CamtStatement("B1", "1", new DateOnly(2026, 3, 31));
        foreach (var (nss, i) in workers.Select((n, i) => (n, i)))
        {
            await app.Host.EnrollAndWaitAsync(nss);
            statement.Credit(1905.82m, new DateOnly(2026, 3, 11), $"B{i}", $"PAGO {nss}");
        }
        await app.Host.UploadAndMatchAsync(statement.Build(0m), "b1.xml");

        var scan = app.Host.Services.GetRequiredService<DelinquencyScanJob>();
        var commits = 0;
        scan.BeforeCommit = () =>
            ++commits == 3 ? throw new IOException("simulated failure of the third batch") : Task.CompletedTask;
        try
        {
            await Assert.ThrowsAsync<IOException>(() => app.Host.ScanAndWaitAsync(scan));
        }
        finally
        {
            scan.BeforeCommit = null;
        }
        // Two batches of two committed; the third rolled back and the fourth was never written.
        Assert.Equal(4, (await RecordsAsync()).Count);

        Assert.Equal(3, await app.Host.ScanAndWaitAsync(scan));
        var records = await RecordsAsync();
        Assert.Equal(workers.Order(), records.Select(r => r.Nss).Order());
        Assert.All(records, r => Assert.Equal("reminder:2026-05", r.Notice.NoticeId));
        Assert.Equal(0, await app.Host.ScanAndWaitAsync(scan));
    }
}
