using System.Net;
using System.Text;
using Alba;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Time;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Security;

/// <summary>The audit trail an admin hands to auditors: who did what, when, on what, how much and why, as CSV. On
/// today's clock, as in production.</summary>
public sealed class AuditTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Today = MexicoCity.Today(TimeProvider.System);

    private async Task<string[]> AuditAsync(string key = TestKeys.Admin, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var result = await app.Host.Scenario(s =>
        {
            // The days around today: the test may run across midnight in Mexico City.
            s.Get.Url($"/api/audit?from={Today.AddDays(-1):yyyy-MM-dd}&to={Today.AddDays(1):yyyy-MM-dd}");
            s.WithRequestHeader(Api.Security.ApiKeyAuthenticationHandler.Header, key);
            s.StatusCodeShouldBe(expected);
        });
        if (expected != HttpStatusCode.OK)
            return [];
        Assert.Equal("text/csv; charset=utf-8", result.Context.Response.ContentType);
        return result.ReadAsText().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Decisions_approvals_imports_and_retries_are_listed_with_who_when_what_and_why()
    {
        var nss = Nss("4500000001");
        await app.Host.EnrollAndWaitAsync(nss);
        var statement = new CamtStatement("AUD1", "AUD1", Today).Credit(1300m, Today, "AUD1A", $"PAGO IMSS {nss}");
        var (status, _) = await app.Host.UploadAndMatchAsync(statement.Build(1_000_000m), "aud1.xml");
        Assert.Equal(201, status);
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        await app.Host.PostAsync(
            item.Id(),
            "refund",
            new { reason = "sent twice" },
            HttpStatusCode.Accepted,
            TestKeys.Operator
        );
        await app.Host.PostAsync(
            item.Id(),
            "approve",
            new { reason = "=HYPERLINK(\"x\"), checked" },
            HttpStatusCode.OK,
            TestKeys.Approver
        );
        var truncated = Encoding.UTF8.GetBytes(SampleFiles.Text("mx/imss-camt053-2026-03-10.xml")[..2000]);
        var (failed, body) = await app.Host.UploadAsync(truncated, "broken.xml");
        Assert.Equal(422, failed);
        var fileId = body.GetProperty("statementFileId").GetGuid();
        await app.Host.Scenario(s =>
        {
            s.Post.Url($"/api/statements/{fileId}/retry");
            s.StatusCodeShouldBe(HttpStatusCode.UnprocessableEntity);
        });

        var lines = await AuditAsync();

        Assert.Equal("at_mexico_city,who,action,subject,amount,reason,approved_by", lines[0]);
        Assert.All(lines[1..], l => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d -06:00,", l));
        string Row(string who, string action) =>
            Assert.Single(lines, l => l.Split(',')[1] == who && l.Split(',')[2].StartsWith(action));
        Assert.EndsWith($",{item.Id()},1300.00,sent twice,", Row(TestKeys.OperatorName, "refund requested"));
        // A reason a spreadsheet would run as a formula is written as text.
        Assert.EndsWith(
            ",\"'=HYPERLINK(\"\"x\"\"), checked\",",
            Row(TestKeys.ApproverName, $"refund approved (asked by {TestKeys.OperatorName})")
        );
        Assert.EndsWith($",sent twice,{TestKeys.ApproverName}", Row(TestKeys.OperatorName, "queue refund"));
        Assert.Contains(",1300.00,sent twice,", Row(TestKeys.OperatorName, "refund instruction"));
        Assert.Contains("(aud1.xml)", Row($"upload by {TestKeys.OperatorName}", "import attempt 1: imported"));
        Assert.Contains("(broken.xml)", Row($"upload by {TestKeys.OperatorName}", "import attempt 1: failed"));
        Assert.Contains("(broken.xml)", Row($"retry by {TestKeys.OperatorName}", "import attempt 2: failed"));
    }

    [Fact]
    public async Task Only_an_admin_reads_the_trail_and_the_days_are_checked()
    {
        await AuditAsync(TestKeys.Approver, HttpStatusCode.Forbidden);
        await AuditAsync(TestKeys.Operator, HttpStatusCode.Forbidden);
        var bad = await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit?from=2026-13-01&to=2026-01-01");
            s.WithRequestHeader(Api.Security.ApiKeyAuthenticationHandler.Header, TestKeys.Admin);
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        Assert.Contains("from must be a day YYYY-MM-DD", bad.ReadAsText());
    }
}
