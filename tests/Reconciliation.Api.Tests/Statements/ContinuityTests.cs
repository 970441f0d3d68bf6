using System.Text;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Statements;

public sealed class ContinuityTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static byte[] Next(string id, string sequence, string opening, string closing) =>
        Encoding.UTF8.GetBytes(
            SampleFiles
                .Text("mx/imss-camt053-2026-03-10.xml")
                .Replace("<Id>IMSS-20260310</Id>", $"<Id>{id}</Id>")
                .Replace("<ElctrncSeqNb>61</ElctrncSeqNb>", $"<ElctrncSeqNb>{sequence}</ElctrncSeqNb>")
                .Replace("<Amt Ccy=\"MXN\">1264917.52</Amt>", $"<Amt Ccy=\"MXN\">{closing}</Amt>")
                .Replace("<Amt Ccy=\"MXN\">1250000.00</Amt>", $"<Amt Ccy=\"MXN\">{opening}</Amt>")
                // Other transfers, so that the credits are not duplicates of the first day's.
                .Replace("2603100", $"26031{sequence}")
        );

    [Fact]
    public async Task Consecutive_statements_follow_each_other_and_a_break_is_reported()
    {
        var (_, first) = await app.Host.UploadAsync(SampleFiles.Bytes("mx/imss-camt053-2026-03-10.xml"), "61.xml");
        Assert.Equal(
            "first",
            first.GetProperty("report").GetProperty("statements")[0].GetProperty("continuity").GetString()
        );

        var (_, second) = await app.Host.UploadAsync(Next("IMSS-62", "62", "1264917.52", "1279835.04"), "62.xml");
        var s2 = second.GetProperty("report").GetProperty("statements")[0];
        Assert.Equal("ok", s2.GetProperty("continuity").GetString());
        Assert.Equal("ok", s2.GetProperty("balanceCheck").GetString());

        // Sequence 64 after 62, and an opening balance that is not 62's closing.
        var (status, third) = await app.Host.UploadAsync(Next("IMSS-64", "64", "1279000.00", "1293917.52"), "64.xml");
        Assert.Equal(201, status);
        Assert.Equal("imported-with-errors", third.GetProperty("outcome").GetString());
        var s3 = third.GetProperty("report").GetProperty("statements")[0];
        Assert.Equal("break", s3.GetProperty("continuity").GetString());
        var detail = s3.GetProperty("continuityDetail").GetString();
        Assert.Contains("opening balance 1279000.00 differs from the previous closing balance 1279835.04", detail);
        Assert.Contains("sequence 64 does not follow 62", detail);
        Assert.Contains(third.GetProperty("report").GetProperty("problems").EnumerateArray(), p =>
            p.GetProperty("reason").GetString()!.StartsWith("continuity break")
        );
    }
}
