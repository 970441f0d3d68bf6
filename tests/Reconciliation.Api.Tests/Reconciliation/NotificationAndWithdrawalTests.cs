using System.Net;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Deposits;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Jobs.Deposits;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>Credits a notification announced, a worker's withdrawal, and credits whose dates cannot be used, through
/// HTTP.</summary>
public sealed class NotificationAndWithdrawalTests(MoneyFixture app) : IClassFixture<MoneyFixture>
{
    [Fact]
    public async Task A_notified_credit_grants_nothing_until_a_statement_confirms_it()
    {
        var nss = Nss("4300000001");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10), notification: true).Credit(Fee, D(3, 10), "NT1A", $"PAGO IMSS {nss}")
        );
        var notified = await app.Host.CoverageAsync(nss);
        Assert.Empty(notified.Months());
        Assert.Equal("pending", notified.Text("status"));
        Assert.Equal(Fee, notified.Money("provisional"));
        Assert.Equal(0m, notified.Money("matched"));

        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), "NT1A", $"PAGO IMSS {nss}")
        );
        var confirmed = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], confirmed.Months());
        Assert.Equal((Fee, 0m), (confirmed.Money("matched"), confirmed.Money("provisional")));
        confirmed.AssertConserved();
    }

    [Fact]
    public async Task A_notified_credit_no_statement_confirms_in_time_becomes_an_item_until_one_does()
    {
        var nss = Nss("4300000002");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 12), notification: true).Credit(Fee, D(3, 12), "NT2A", $"PAGO IMSS {nss}")
        );
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 22), notification: true).Credit(Fee, D(3, 22), "NT2B", $"PAGO IMSS {nss}")
        );
        var job = app.Host.Services.GetRequiredService<UnconfirmedCreditsJob>();
        Assert.True(await job.RunAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await job.RunAsync(CancellationToken.None)); // once
        // 12 March only: 22 March is within 5 days
        var item = Assert.Single(await app.Host.ItemsAsync("unconfirmed", nss));
        Assert.Contains("no statement has confirmed it after 5 days", item.Text("reason"));

        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 12)).Credit(Fee, D(3, 12), "NT2A", $"PAGO IMSS {nss}")
        );
        item = Assert.Single(await app.Host.ItemsAsync("unconfirmed", nss));
        Assert.Equal(("resolved", "confirmed"), (item.Text("status"), item.GetProperty("decision").Text("action")));
    }

    [Fact]
    public async Task After_a_withdrawal_no_month_is_granted_and_money_is_held_for_refund()
    {
        var nss = Nss("4300000003");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), "WD1A", $"PAGO IMSS {nss}")
        );

        Task<IScenarioResult> Withdraw(string date, HttpStatusCode expected) =>
            app.Host.Scenario(s =>
            {
                s.Post.Json(new { date, reason = "moved back to Mexico, now an employee" })
                    .ToUrl($"/api/workers/{nss}/withdrawal");
                s.StatusCodeShouldBe(expected);
            });
        await Withdraw("2026-03-26", HttpStatusCode.BadRequest); // tomorrow
        await Withdraw("2026-03-20", HttpStatusCode.OK);
        await Withdraw("2026-03-21", HttpStatusCode.Conflict);

        Assert.Equal("withdrawn", (await app.Host.CoverageAsync(nss)).Text("status"));
        // April paid, not started
        Assert.Equal("pending", (await app.Host.CoverageAsync(nss, D(3, 19))).Text("status"));
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 22)).Credit(Fee, D(3, 22), "WD1B", $"PAGO IMSS {nss}")
        );
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], coverage.Months());
        Assert.Equal(Fee, coverage.Money("held"));
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        Assert.Contains("after the worker withdrew on 2026-03-20", item.Text("reason"));
        await app.Host.DecideAsync(item.Id(), "apply", new { reason = "x" }, HttpStatusCode.Conflict);
        await app.Host.DecideAsync(
            item.Id(),
            "refund",
            new { reason = "the worker has left the scheme" },
            HttpStatusCode.OK
        );
        (await app.Host.CoverageAsync(nss)).AssertConserved();
    }

    [Fact]
    public async Task An_undated_credit_or_one_before_the_fee_parameters_is_a_problem_of_its_line_only()
    {
        var nss = Nss("4300000004");
        await app.Host.EnrollAndWaitAsync(nss);
        var report = await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10))
                .Credit(500m, new DateOnly(2019, 5, 10), "OLD19", $"PAGO IMSS {nss}")
                .Credit(600m, null, "NODATE", $"PAGO IMSS {nss}")
                .Credit(Fee, D(3, 10), "UD1A", $"PAGO IMSS {nss}")
        );
        Assert.Equal("imported-with-errors", report.Text("status"));
        var problems = report
            .GetProperty("report")
            .GetProperty("problems")
            .EnumerateArray()
            .Select(p => p.Text("reason"))
            .ToList();
        Assert.Contains(problems, p => p.Contains("dated 2019-05-10, before the first fee parameters"));
        Assert.Contains(problems, p => p.Contains("neither a value date nor a booking date"));
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months());
        Assert.DoesNotContain(await app.Host.DepositsAsync(), d => d.TrackingKey is "OLD19" or "NODATE");
    }
}
