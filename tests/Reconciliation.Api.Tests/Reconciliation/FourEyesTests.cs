using System.Net;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Exceptions.Approving;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Deposits;
using Reconciliation.Jobs.Exceptions;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>Four eyes on money going out: by default every refund and split is requested by one key and carried out
/// only when another key, an approver's, approves it.</summary>
public sealed class FourEyesTests(MoneyFixture app) : IClassFixture<MoneyFixture>
{
    /// <summary>A worker with one lot of 1,300.00 held (less than a month's fee); its queue item.</summary>
    private async Task<(string Nss, JsonElement Item)> HeldLotAsync(string first10, string reference)
    {
        var nss = Nss(first10);
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(1300m, D(3, 10), reference, $"PAGO IMSS {nss}")
        );
        return (nss, Assert.Single(await app.Host.ItemsAsync("amount", nss)));
    }

    private async Task<string[]> DepositEventsAsync(JsonElement item)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(item.Text("depositId"));
        return events.Select(e => e.EventType.Name).ToArray();
    }

    private static JsonElement Body(IScenarioResult result) => result.ReadAsJson<JsonElement>();

    [Fact]
    public async Task A_refund_is_requested_by_one_key_and_carried_out_only_when_another_approves_it()
    {
        var (nss, item) = await HeldLotAsync("4400000001", "FE1A");
        var id = item.Id();

        var requested = Body(
            await app.Host.PostAsync(
                id,
                "refund",
                new { reason = "sent twice" },
                HttpStatusCode.Accepted,
                TestKeys.Operator
            )
        );
        var approval = requested.GetProperty("approval");
        Assert.Equal(
            ("refund", 1300m, TestKeys.OperatorName, "sent twice"),
            (
                approval.Text("action"),
                approval.GetProperty("amount").GetDecimal(),
                approval.Text("requestedBy"),
                approval.Text("reason")
            )
        );
        Assert.Equal("open", requested.Text("status"));

        // Nothing moved: the money is still held, and the deposit has no refund instruction.
        var before = await app.Host.CoverageAsync(nss);
        Assert.Equal((1300m, 0m), (before.Money("held"), before.Money("refunded")));
        Assert.DoesNotContain(nameof(DepositRefundRequested), await DepositEventsAsync(item));
        Assert.Contains(nameof(DecisionRequested), await DepositEventsAsync(item));

        // The queue and the daily report show it waiting; no other decision is taken on it meanwhile.
        var waiting = await app.Host.GetAsJson<JsonElement[]>("/api/exceptions?awaitingApproval=true&pageSize=1000");
        Assert.Contains(waiting!, i => i.Id() == id);
        var report = await app.Host.GetAsJson<JsonElement>("/api/reports/daily");
        var awaiting = report.GetProperty("awaitingApproval"); // the tests of this class leave nothing else waiting
        Assert.Equal(
            (1, 1300m),
            (awaiting.GetProperty("count").GetInt32(), awaiting.GetProperty("total").GetDecimal())
        );
        var refused = await app.Host.DecideAsync(
            id,
            "apply",
            new { reason = "x", month = "2026-04" },
            HttpStatusCode.Conflict
        );
        Assert.Contains($"requested by {TestKeys.OperatorName}", refused.ReadAsText());
        Assert.Contains("awaits approval", refused.ReadAsText());

        // An operator may not approve; an approver may.
        await app.Host.PostAsync(id, "approve", new { reason = "ok" }, HttpStatusCode.Forbidden, TestKeys.Operator);
        var approved = Body(
            await app.Host.PostAsync(
                id,
                "approve",
                new { reason = "checked the payer's letter" },
                HttpStatusCode.OK,
                TestKeys.Approver
            )
        );
        Assert.Equal("resolved", approved.Text("status"));
        var decision = approved.GetProperty("decision");
        Assert.Equal(
            ("refund", TestKeys.OperatorName, "sent twice", TestKeys.ApproverName),
            (decision.Text("action"), decision.Text("operator"), decision.Text("reason"), decision.Text("approvedBy"))
        );
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("approval").ValueKind);

        var after = await app.Host.CoverageAsync(nss);
        Assert.Equal((0m, 1300m), (after.Money("held"), after.Money("refunded")));
        after.AssertConserved();
        var events = await DepositEventsAsync(item);
        Assert.Equal(
            [nameof(DecisionRequested), nameof(DecisionApproved), nameof(DepositRefundRequested)],
            events.SkipWhile(e => e != nameof(DecisionRequested))
        );
        await app.Host.PostAsync(id, "approve", new { reason = "again" }, HttpStatusCode.Conflict, TestKeys.Approver);
    }

    [Fact]
    public async Task A_key_cannot_approve_or_reject_its_own_request()
    {
        var (nss, item) = await HeldLotAsync("4400000002", "FE2A");
        await app.Host.PostAsync(
            item.Id(),
            "refund",
            new { reason = "mine" },
            HttpStatusCode.Accepted,
            TestKeys.Approver
        );

        var own = await app.Host.PostAsync(
            item.Id(),
            "approve",
            new { reason = "me" },
            HttpStatusCode.Forbidden,
            TestKeys.Approver
        );
        Assert.Contains("cannot approve or reject its own request", own.ReadAsText());
        await app.Host.PostAsync(
            item.Id(),
            "reject",
            new { reason = "me" },
            HttpStatusCode.Forbidden,
            TestKeys.Approver
        );
        Assert.Equal(1300m, (await app.Host.CoverageAsync(nss)).Money("held"));

        // An admin holds the approver's role.
        await app.Host.PostAsync(item.Id(), "approve", new { reason = "ok" }, HttpStatusCode.OK, TestKeys.Admin);
        Assert.Equal(1300m, (await app.Host.CoverageAsync(nss)).Money("refunded"));
    }

    [Fact]
    public async Task A_rejected_split_moves_nothing_and_the_item_takes_a_decision_again()
    {
        var (nss, item) = await HeldLotAsync("4400000003", "FE3A");
        var split = new
        {
            reason = "part of April",
            amount = 300m,
            month = "2026-04",
            rest = "refund",
        };
        var requested = Body(
            await app.Host.PostAsync(item.Id(), "split", split, HttpStatusCode.Accepted, TestKeys.Operator)
        );
        Assert.Equal(1300m, requested.GetProperty("approval").GetProperty("amount").GetDecimal()); // 300 + 1,000 back

        var rejected = Body(
            await app.Host.PostAsync(
                item.Id(),
                "reject",
                new { reason = "call the worker first" },
                HttpStatusCode.OK,
                TestKeys.Approver
            )
        );
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("approval").ValueKind);
        Assert.Equal("open", rejected.Text("status"));
        Assert.Contains(nameof(DecisionRejected), await DepositEventsAsync(item));
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal((1300m, 0m, 0m), (coverage.Money("held"), coverage.Money("refunded"), coverage.Money("applied")));

        await app.Host.DecideAsync(
            item.Id(),
            "keep",
            new { reason = "the worker pays the rest next week" },
            HttpStatusCode.OK
        );
    }

    [Fact]
    public async Task A_lot_the_import_used_while_its_refund_waited_is_not_refunded_on_approval()
    {
        var (nss, item) = await HeldLotAsync("4400000006", "FE6A");
        await app.Host.PostAsync(
            item.Id(),
            "refund",
            new { reason = "sent twice" },
            HttpStatusCode.Accepted,
            TestKeys.Operator
        );
        // The worker sends the rest of April's fee: the held lot completes it, as it would without a request.
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 12)).Credit(Fee - 1300m, D(3, 12), "FE6B", $"PAGO IMSS {nss}")
        );

        var late = await app.Host.PostAsync(
            item.Id(),
            "approve",
            new { reason = "ok" },
            HttpStatusCode.Conflict,
            TestKeys.Approver
        );
        Assert.Contains("Nothing on item", late.ReadAsText());
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal((0m, 0m, Fee), (coverage.Money("held"), coverage.Money("refunded"), coverage.Money("applied")));
        Assert.DoesNotContain(nameof(DepositRefundRequested), await DepositEventsAsync(item));
        coverage.AssertConserved();
    }

    [Fact]
    public async Task An_approval_after_a_rejection_moves_nothing()
    {
        var (nss, item) = await HeldLotAsync("4400000007", "FE7A");
        await app.Host.PostAsync(
            item.Id(),
            "refund",
            new { reason = "one" },
            HttpStatusCode.Accepted,
            TestKeys.Operator
        );
        await app.Host.PostAsync(item.Id(), "reject", new { reason = "no" }, HttpStatusCode.OK, TestKeys.Approver);
        await app.Host.PostAsync(
            item.Id(),
            "approve",
            new { reason = "late" },
            HttpStatusCode.Conflict,
            TestKeys.Admin
        );
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal((1300m, 0m), (coverage.Money("held"), coverage.Money("refunded")));
        var list = await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/exceptions?awaitingApproval=yes");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        Assert.Contains("awaitingApproval is true or false", list.ReadAsText());
    }

    [Fact]
    public async Task A_request_the_decision_would_refuse_is_refused_at_once_and_nothing_waits()
    {
        var (_, item) = await HeldLotAsync("4400000004", "FE4A");
        await app.Host.PostAsync(
            item.Id(),
            "split",
            new
            {
                reason = "too much",
                amount = 5000m,
                month = "2026-05",
            },
            HttpStatusCode.BadRequest,
            TestKeys.Operator
        );
        await app.Host.PostAsync(
            item.Id(),
            "approve",
            new { reason = "ok" },
            HttpStatusCode.Conflict,
            TestKeys.Approver
        );
        Assert.DoesNotContain(nameof(DecisionRequested), await DepositEventsAsync(item));
    }
}

/// <summary>What an approval lets through is what was approved.</summary>
public sealed class FourEyesMismatchTests
{
    private static readonly PendingApproval Request = new(
        "refund",
        1300m,
        TestKeys.OperatorName,
        "sent twice",
        MoneyFixture.Now,
        new DecisionTerms()
    );

    private static readonly Approval Approved = new(Request, TestKeys.ApproverName, "ok", MoneyFixture.Now);

    [Fact]
    public void An_approval_carries_out_only_the_request_it_approved_and_for_the_same_amount()
    {
        var item = new ExceptionItem { Id = "amount:x", Approval = Request };
        Assert.Null(FourEyes.Mismatch(Approved, item, 1300m));
        Assert.Null(FourEyes.Mismatch(null, new ExceptionItem(), 5m));

        var changed = Assert.IsType<ProblemHttpResult>(FourEyes.Mismatch(Approved, item, 1350m));
        Assert.Equal(409, changed.StatusCode);
        Assert.Contains("requested for 1300.00; it would move 1350.00 now", changed.ProblemDetails.Detail);

        var replaced = new ExceptionItem { Id = "amount:x", Approval = Request with { Reason = "another" } };
        var other = Assert.IsType<ProblemHttpResult>(FourEyes.Mismatch(Approved, replaced, 1300m));
        Assert.Contains("changed or was decided meanwhile", other.ProblemDetails.Detail);
    }
}

/// <summary>With <c>Security:FourEyesAbove</c> set, smaller refunds go through at once and larger ones wait.</summary>
public sealed class FourEyesThresholdTests(FourEyesThresholdTests.Fixture app)
    : IClassFixture<FourEyesThresholdTests.Fixture>
{
    public sealed class Fixture : MoneyFixture
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            base.Configure(builder);
            builder.UseSetting("Security:FourEyesAbove", "1000");
        }
    }

    [Fact]
    public async Task A_refund_up_to_the_threshold_is_carried_out_at_once_and_one_above_it_waits()
    {
        var nss = Nss("4400000005");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10))
                .Credit(1000m, D(3, 10), "FE5A", $"PAGO IMSS {nss}")
                .Credit(1000.01m, D(3, 10), "FE5B", $"PAGO IMSS {nss}")
        );
        var items = (await app.Host.ItemsAsync("amount", nss))
            .OrderBy(i => i.GetProperty("amount").GetDecimal())
            .ToArray();

        await app.Host.PostAsync(
            items[0].Id(),
            "refund",
            new { reason = "small" },
            HttpStatusCode.OK,
            TestKeys.Operator
        );
        await app.Host.PostAsync(
            items[1].Id(),
            "refund",
            new { reason = "large" },
            HttpStatusCode.Accepted,
            TestKeys.Operator
        );
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal((1000m, 1000.01m), (coverage.Money("refunded"), coverage.Money("held")));
    }
}
