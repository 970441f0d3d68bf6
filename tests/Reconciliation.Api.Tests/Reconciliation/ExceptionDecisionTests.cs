using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Security;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Api.Tests.Workers;
using Reconciliation.Domain.Identifiers;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>Operators' decisions: each recorded with who, when and why; repeating one changes nothing; another one is a
/// conflict.</summary>
public sealed class ExceptionDecisionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const decimal Fee = 1905.82m;

    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static string Nss(string first10) => first10 + CheckDigits.Nss(first10);

    private Task EnrollAsync(string nss) => app.Host.EnrollAndWaitAsync(nss);

    private Task<IScenarioResult> DecideAsync(
        string id,
        string action,
        object body,
        HttpStatusCode expected,
        string key = TestKeys.Operator
    ) => app.Host.DecideAsync(id, action, body, expected, key);

    private async Task<JsonElement[]> ItemsAsync(string kind) =>
        (await app.Host.GetAsJson<JsonElement[]>($"/api/exceptions?kind={kind}&status=all&pageSize=1000"))!;

    [Fact]
    public async Task Suspense_amount_and_enrollment_decisions()
    {
        var known = Nss("3000000001");
        var under = Nss("3000000002");
        var over = Nss("3000000003");
        var late = Nss("3000000004"); // enrolls after paying
        var stranger = Nss("3000000005");
        foreach (var nss in new[] { known, under, over })
            await EnrollAsync(nss);

        var statement = new CamtStatement("X1", "1", D(3, 31))
            .Credit(Fee, D(3, 10), "S1", $"PAGO {stranger}")
            .Credit(1500m, D(3, 10), "S2", $"PAGO {under}")
            .Credit(2000m, D(3, 10), "S3", $"PAGO {over}")
            .Credit(Fee, D(3, 10), "S4", $"PAGO {late}")
            .Credit(Fee, D(3, 10), "S5", "PAGO SIN REFERENCIA");
        var (status, _) = await app.Host.UploadAndMatchAsync(statement.Build(0m), "x1.xml");
        Assert.Equal(201, status);

        var suspense = await ItemsAsync("suspense");
        Assert.Equal(3, suspense.Length);
        var strangerItem = suspense
            .Single(i => i.GetProperty("candidates").EnumerateArray().Any(c => c.GetString() == stranger))
            .GetProperty("id")
            .GetString()!;
        var noReference = suspense
            .Single(i => i.GetProperty("reason").GetString() == "no NSS with a valid check digit in the reference")
            .GetProperty("id")
            .GetString()!;

        // Assigning needs an operator's key, a reason, and an enrolled worker.
        await DecideAsync(
            strangerItem,
            "assign",
            new { nss = known, reason = "x" },
            HttpStatusCode.Forbidden,
            TestKeys.Reader
        );
        await DecideAsync(strangerItem, "assign", new { nss = known, reason = "" }, HttpStatusCode.BadRequest);
        await DecideAsync(strangerItem, "assign", new { nss = stranger, reason = "x" }, HttpStatusCode.BadRequest);

        var assigned = await DecideAsync(
            strangerItem,
            "assign",
            new { nss = known, reason = "receipt e-mailed by the worker" },
            HttpStatusCode.OK
        );
        var decision = assigned.ReadAsJson<JsonElement>().GetProperty("decision");
        Assert.Equal(TestKeys.OperatorName, decision.GetProperty("operator").GetString());
        Assert.Equal("receipt e-mailed by the worker", decision.GetProperty("reason").GetString());
        var coverage = await app.Host.GetAsJson<JsonElement>($"/api/workers/{known}/coverage?asOf=2026-03-31");
        Assert.Equal("2026-04", coverage.GetProperty("months")[0].GetProperty("month").GetString());

        // A decided item takes no other decision, nor the same again: the answer says who decided what.
        var again = await DecideAsync(
            strangerItem,
            "assign",
            new { nss = known, reason = "again" },
            HttpStatusCode.Conflict
        );
        Assert.Contains($"already decided: assign by {TestKeys.OperatorName}", again.ReadAsText());
        Assert.Single(
            (await app.Host.GetAsJson<JsonElement>($"/api/workers/{known}/coverage?asOf=2026-03-31"))
                .GetProperty("months")
                .EnumerateArray()
        );
        await DecideAsync(strangerItem, "refund", new { reason = "changed my mind" }, HttpStatusCode.Conflict);
        await DecideAsync(strangerItem, "assign", new { nss = under, reason = "other" }, HttpStatusCode.Conflict);

        await DecideAsync(noReference, "refund", new { reason = "payer asked for the money back" }, HttpStatusCode.OK);
        await DecideAsync(noReference, "apply", new { reason = "no" }, HttpStatusCode.Conflict);

        // Held amounts: accept one as it is, refund the other.
        var amounts = await ItemsAsync("amount");
        var underItem = amounts.Single(i => i.GetProperty("nss").GetString() == under).GetProperty("id").GetString()!;
        var overItem = amounts.Single(i => i.GetProperty("nss").GetString() == over).GetProperty("id").GetString()!;
        var notSuspense = await DecideAsync(
            underItem,
            "assign",
            new { nss = known, reason = "no" },
            HttpStatusCode.Conflict
        );
        Assert.Contains("this item is amount.", notSuspense.ReadAsText()); // the kind as the API spells it
        // 1,500.00 buys no whole month: it is accepted as a partial payment of the month the operator names.
        await DecideAsync(underItem, "apply", new { reason = "short by a bank fee" }, HttpStatusCode.BadRequest);
        await DecideAsync(
            underItem,
            "apply",
            new { reason = "worker short of 405.82 by a bank fee; accepted", month = "2026-04" },
            HttpStatusCode.OK
        );
        // Decided today: the coverage of today shows it (as of April, the credit was still held).
        var underCoverage = await app.Host.GetAsJson<JsonElement>($"/api/workers/{under}/coverage");
        Assert.Equal(
            1500m,
            (await app.Host.GetAsJson<JsonElement>($"/api/workers/{under}/coverage?asOf=2026-04-01"))
                .GetProperty("unappliedCredit")
                .GetDecimal()
        );
        Assert.Equal(0m, underCoverage.GetProperty("unappliedCredit").GetDecimal());
        Assert.Equal("2026-04", underCoverage.GetProperty("months")[0].GetProperty("month").GetString());
        await DecideAsync(overItem, "refund", new { reason = "refund of the whole transfer" }, HttpStatusCode.OK);
        Assert.Equal(
            0m,
            (await app.Host.GetAsJson<JsonElement>($"/api/workers/{over}/coverage"))
                .GetProperty("unappliedCredit")
                .GetDecimal()
        );

        // A worker who paid before enrolling: the suspense item is matched when the enrollment arrives.
        await EnrollAsync(late);
        var lateItem = (await ItemsAsync("suspense")).Single(i =>
            i.GetProperty("candidates").EnumerateArray().Any(c => c.GetString() == late)
        );
        Assert.Equal("resolved", lateItem.GetProperty("status").GetString());
        var lateCoverage = await app.Host.GetAsJson<JsonElement>($"/api/workers/{late}/coverage?asOf=2026-04-01");
        Assert.Equal("2026-04", lateCoverage.GetProperty("months")[0].GetProperty("month").GetString());

        // Every decision is on the streams: the history says who decided.
        var history = (await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{known}/history"))!;
        var payment = history.Single(h => h.GetProperty("type").GetString() == "payment_received").GetProperty("data");
        Assert.Equal("operator", payment.GetProperty("method").GetString());
        Assert.Equal(TestKeys.OperatorName, payment.GetProperty("operator").GetString());
    }
}
