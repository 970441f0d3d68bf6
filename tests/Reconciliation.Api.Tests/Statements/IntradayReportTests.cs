using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>
/// A camt.052 during the day, then the night's camt.053 in a business-message envelope: the report's credits are
/// provisional deposits, the statement confirms them, and nothing is counted twice.
/// </summary>
public sealed class Camt052ThenEnvelopedStatementTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_intraday_credits_are_provisional_and_the_enveloped_statement_confirms_them_once()
    {
        var (status, report) = await app.Host.UploadAsync(
            SampleFiles.Bytes("mx/imss-camt052-2026-03-10.xml"),
            "intraday.xml"
        );
        Assert.Equal(201, status);
        Assert.Equal("camt.052", report.GetProperty("report").GetProperty("format").GetString());
        Assert.Equal(2, report.Int("deposits"));
        var during = (await app.Host.DepositsAsync()).Where(d => d.ValueDate == new DateOnly(2026, 3, 10)).ToList();
        Assert.Equal(2, during.Count);
        Assert.All(during, d => Assert.True(d.Provisional));

        var (statementStatus, statement) = await app.Host.UploadAsync(
            SampleFiles.Bytes("mx/imss-camt053-enveloped.xml"),
            "statement.xml"
        );
        Assert.Equal(201, statementStatus);
        Assert.Equal("camt.053", statement.GetProperty("report").GetProperty("format").GetString());
        Assert.Equal(2, statement.Int("confirmed"));
        Assert.Equal(2, statement.Int("deposits")); // the two the report did not tell of
        var after = (await app.Host.DepositsAsync()).Where(d => d.ValueDate == new DateOnly(2026, 3, 10)).ToList();
        Assert.Equal(4, after.Count);
        Assert.All(after, d => Assert.False(d.Provisional));
    }
}

/// <summary>An MT942 during the day, then the camt.053: the same, across the SWIFT and ISO formats.</summary>
public sealed class Mt942ThenStatementTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_interim_credit_is_provisional_and_the_statement_confirms_it_once()
    {
        var (status, report) = await app.Host.UploadAsync(
            SampleFiles.Bytes("mx/imss-mt942-2026-03-10.sta"),
            "interim.sta"
        );
        Assert.Equal(201, status);
        Assert.Equal("mt942", report.GetProperty("report").GetProperty("format").GetString());
        var during = Assert.Single(await app.Host.DepositsAsync());
        Assert.True(during.Provisional);

        var (_, statement) = await app.Host.UploadAsync(
            SampleFiles.Bytes("mx/imss-camt053-2026-03-10.xml"),
            "statement.xml"
        );
        Assert.Equal(1, statement.Int("confirmed"));
        var confirmed = Assert.Single(await app.Host.DepositsAsync(), d => d.TrackingKey == "BNET01002603100012345678");
        Assert.False(confirmed.Provisional);
    }
}
