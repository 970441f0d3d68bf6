using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Api.Tests.Workers;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Reconciliation;

public sealed class ReversalTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_reversal_in_the_same_statement_as_its_deposit_undoes_the_coverage()
    {
        await app.Host.EnrollAndWaitAsync("12345678903");

        // 1,905.82 on 10 March for 12345678903, and in the same file its reversal (same tracking key and amount).
        var (status, _) = await app.Host.UploadAndMatchAsync(
            SampleFiles.Bytes("mx/imss-camt053-2026-03-10.xml"),
            "day.xml"
        );
        Assert.Equal(201, status);

        var coverage = await app.Host.GetAsJson<JsonElement>("/api/workers/12345678903/coverage");
        Assert.Empty(coverage.GetProperty("months").EnumerateArray());
        Assert.Contains(coverage.GetProperty("openFlags").EnumerateArray(), f =>
            f.GetProperty("kind").GetString() == "reversed"
        );
        var before = await app.Host.GetAsJson<JsonElement>("/api/workers/12345678903/coverage?asOf=2026-03-09");
        Assert.Empty(before.GetProperty("months").EnumerateArray());
        var deposits = await app.Host.DepositsAsync();
        Assert.Equal(
            Domain.Deposits.DepositStatus.Returned,
            deposits.Single(d => d.TrackingKey == "BNET01002603100012345678").Status
        );
    }
}
