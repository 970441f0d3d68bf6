using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Statements;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>Held credit as lots, through HTTP: the mismatch against the nearest accepted amount, and decisions that act
/// on one lot.</summary>
public sealed class HeldCreditApiTests(MoneyFixture app) : IClassFixture<MoneyFixture>
{
    [Fact]
    public async Task Six_months_less_ten_pesos_is_underpaid_by_ten_against_six_months()
    {
        var nss = Nss("4100000001");
        await app.Host.EnrollAndWaitAsync(nss, monthlyIncome: 9000m);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(11424.92m, D(3, 10), "HC1A", $"PAGO IMSS {nss}")
        );

        const string described = "underpaid by 10.00 against 6 months (11,434.92)";
        var flag = (await app.Host.CoverageAsync(nss)).GetProperty("openFlags").EnumerateArray().Single();
        Assert.Equal("underpaid", flag.Text("kind"));
        Assert.Contains(described, flag.Text("detail"));
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        Assert.Equal(described, item.Text("reason"));
        Assert.Equal(11434.92m, item.GetProperty("expected").GetDecimal());
        Assert.Equal(-10m, item.GetProperty("difference").GetDecimal());
    }

    [Fact]
    public async Task Refunding_one_lot_leaves_the_other_and_the_other_can_still_be_applied()
    {
        var nss = Nss("4100000002");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 6))
                .Credit(1000m, D(3, 5), "HC2A", $"PAGO IMSS {nss}")
                .Credit(500m, D(3, 6), "HC2B", $"PAGO IMSS {nss}")
        );
        var items = (await app.Host.ItemsAsync("amount", nss))
            .OrderBy(i => i.GetProperty("amount").GetDecimal())
            .ToArray();
        Assert.Equal([500m, 1000m], items.Select(i => i.GetProperty("amount").GetDecimal()));
        var (second, first) = (items[0].Id(), items[1].Id());

        await app.Host.DecideAsync(first, "refund", new { reason = "the payer sent it twice" }, HttpStatusCode.OK);
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(500m, coverage.GetProperty("unappliedCredit").GetDecimal());
        Assert.Equal(
            ["spei:40012:20260306:HC2B"],
            coverage.GetProperty("heldLots").EnumerateArray().Select(l => l.Text("depositId"))
        );
        Assert.Equal(1000m, coverage.Money("refunded"));
        coverage.AssertConserved();

        await app.Host.DecideAsync(
            second,
            "apply",
            new { reason = "accepted as April, short by a bank fee", month = "2026-04" },
            HttpStatusCode.OK
        );
        coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], coverage.Months());
        Assert.Equal(0m, coverage.GetProperty("unappliedCredit").GetDecimal());
        Assert.Equal(500m, coverage.Money("applied"));
        coverage.AssertConserved();

        // Decided lots take no other decision: the answer says what became of the lot.
        var again = await app.Host.DecideAsync(
            first,
            "apply",
            new { reason = "again", month = "2026-05" },
            HttpStatusCode.Conflict
        );
        Assert.Contains(
            "no longer held: refunded by ana.lopez (the payer sent it twice) on 2026-03-25",
            again.ReadAsText()
        );
        await app.Host.DecideAsync(second, "refund", new { reason = "again" }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_refund_is_an_instruction_with_the_amount_and_the_payers_account()
    {
        var nss = Nss("4100000003");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 7)).Credit(2000m, D(3, 7), "HC3A", $"PAGO IMSS {nss}")
        );
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        Assert.Equal("overpaid by 94.18 against 1 month (1,905.82)", item.Text("reason"));
        await app.Host.DecideAsync(item.Id(), "refund", new { reason = "worker asked for it back" }, HttpStatusCode.OK);

        var deposit = (await app.Host.DepositsAsync()).Single(d => d.TrackingKey == "HC3A");
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var instruction = (await session.Events.FetchStreamAsync(deposit.Id))
            .Select(e => e.Data)
            .OfType<Domain.Deposits.DepositRefundRequested>()
            .Single();
        Assert.Equal(
            (2000m, nss, "ana.lopez", "worker asked for it back"),
            (instruction.Amount!.Value, instruction.Nss, instruction.Operator, instruction.Reason)
        );
    }

    [Fact]
    public async Task Keeping_a_lot_takes_it_off_the_open_queue_and_it_still_completes_a_fee()
    {
        var nss = Nss("4100000004");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 8)).Credit(1000m, D(3, 8), "HC4A", $"PAGO IMSS {nss}")
        );
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        await app.Host.DecideAsync(
            item.Id(),
            "keep",
            new { reason = "the worker will send the rest" },
            HttpStatusCode.OK
        );
        await app.Host.DecideAsync(item.Id(), "keep", new { reason = "again" }, HttpStatusCode.Conflict);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 12)).Credit(905.82m, D(3, 12), "HC4B", $"PAGO IMSS {nss}")
        );
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], coverage.Months());
        coverage.AssertConserved();
    }

    [Fact]
    public async Task Splitting_a_lot_sends_part_to_another_worker_and_refunds_the_rest()
    {
        var (payer, other) = (Nss("4100000005"), Nss("4100000006"));
        await app.Host.EnrollAndWaitAsync(payer);
        await app.Host.EnrollAndWaitAsync(other);
        // A relative paid both workers' April in one transfer, plus 50.00 too much.
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 9)).Credit(2 * Fee + 50m, D(3, 9), "HC5A", $"PAGO IMSS {payer}")
        );
        var item = Assert.Single(await app.Host.ItemsAsync("amount", payer));
        await app.Host.DecideAsync(
            item.Id(),
            "split",
            new
            {
                reason = "half is her brother's",
                amount = Fee,
                nss = other,
                rest = "keep",
            },
            HttpStatusCode.OK
        );
        await app.Host.DecideAsync(
            item.Id(),
            "split",
            new
            {
                reason = "April",
                amount = Fee,
                month = "2026-04",
                rest = "refund",
            },
            HttpStatusCode.OK
        );

        var (p, o) = (await app.Host.CoverageAsync(payer), await app.Host.CoverageAsync(other));
        Assert.Equal(["2026-04"], p.Months());
        Assert.Equal(["2026-04"], o.Months());
        Assert.Equal((Fee, 50m, 0m), (p.Money("transferred"), p.Money("refunded"), p.Money("held")));
        Assert.Equal(Fee, o.Money("matched"));
        p.AssertConserved();
        o.AssertConserved();
        var deposit = (await app.Host.DepositsAsync()).Single(d => d.TrackingKey == "HC5A");
        Assert.Equal([other], deposit.SharedWith!);

        // The bank takes the whole transfer back: from both workers.
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 20)).Reversal(2 * Fee + 50m, D(3, 20), "HC5A"));
        (p, o) = (await app.Host.CoverageAsync(payer), await app.Host.CoverageAsync(other));
        Assert.Empty(p.Months());
        Assert.Empty(o.Months());
        Assert.Equal((Fee, Fee), (p.Money("reversed"), o.Money("reversed")));
        p.AssertConserved();
        o.AssertConserved();
    }

    [Fact]
    public async Task A_decision_is_refused_without_a_reason_or_with_a_month_that_cannot_be_paid()
    {
        var nss = Nss("4100000007");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(1500m, D(3, 10), "HC7A", $"PAGO IMSS {nss}")
        );
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        await app.Host.DecideAsync(item.Id(), "apply", new { reason = "" }, HttpStatusCode.BadRequest);
        await app.Host.DecideAsync(
            item.Id(),
            "apply",
            new { reason = "x", month = "April" },
            HttpStatusCode.BadRequest
        );
        var late = await app.Host.DecideAsync(
            item.Id(),
            "apply",
            new { reason = "x", month = "2026-09" },
            HttpStatusCode.BadRequest
        );
        Assert.Contains("after the next unpaid month", late.ReadAsText());
        var whole = await app.Host.DecideAsync(item.Id(), "apply", new { reason = "x" }, HttpStatusCode.BadRequest);
        Assert.Contains("name the month it pays part of", whole.ReadAsText());
    }

    [Fact]
    public async Task The_daily_report_counts_refunds_returns_and_lots_held_and_every_workers_ledger_adds_up()
    {
        var nss = Nss("4100000008");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 25))
                .Credit(1200m, D(3, 25), "HC8A", $"PAGO IMSS {nss}")
                .Credit(Fee, D(3, 25), "HC8B", $"PAGO IMSS {nss}")
        );
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 25)).Reversal(Fee, D(3, 25), "HC8B"));
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        await app.Host.DecideAsync(item.Id(), "refund", new { reason = "sent by mistake" }, HttpStatusCode.OK);

        var report = await app.Host.GetAsJson<JsonElement>("/api/reports/daily?date=2026-03-25");
        Assert.True(report.GetProperty("refundsRequested").GetProperty("total").GetDecimal() >= 1200m);
        Assert.True(report.GetProperty("returned").GetProperty("total").GetDecimal() >= Fee);
        Assert.True(report.GetProperty("lotsHeld").GetProperty("count").GetInt32() >= 1);
        // The same figures as the events themselves give (the report sums them in the database).
        await using (var session = app.Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession())
        {
            var start = global::Reconciliation.Domain.Time.MexicoCity.StartOfDay(D(3, 25));
            var refunds = await session
                .Events.QueryRawEventDataOnly<global::Reconciliation.Domain.Deposits.DepositRefundRequested>()
                .Where(r => r.At >= start && r.At < start.AddDays(1))
                .ToListAsync();
            var held = await session
                .Events.QueryRawEventDataOnly<global::Reconciliation.Domain.Coverage.CreditHeld>()
                .Where(h => h.HeldOn == D(3, 25) || (h.HeldOn == null && h.ValueDate == D(3, 25)))
                .ToListAsync();
            Assert.Equal(
                (refunds.Count, refunds.Sum(r => r.Amount ?? 0m)),
                (
                    report.GetProperty("refundsRequested").GetProperty("count").GetInt32(),
                    report.GetProperty("refundsRequested").GetProperty("total").GetDecimal()
                )
            );
            Assert.Equal(
                (held.Count, held.Sum(h => h.Amount)),
                (
                    report.GetProperty("lotsHeld").GetProperty("count").GetInt32(),
                    report.GetProperty("lotsHeld").GetProperty("total").GetDecimal()
                )
            );
        }
        var ledger = report.GetProperty("ledger");
        Assert.True(ledger.GetProperty("addsUp").GetBoolean());
        Assert.True(ledger.GetProperty("refunded").GetDecimal() >= 1200m);
        Assert.True(report.GetProperty("creditsAddUp").GetBoolean());
        Assert.True(report.GetProperty("depositsAddUp").GetBoolean());
    }

    [Fact]
    public async Task Two_operators_deciding_one_lot_at_once_one_wins_the_other_is_told()
    {
        var nss = Nss("4100000009");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(1300m, D(3, 10), "HC9A", $"PAGO IMSS {nss}")
        );
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        using var client = app.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Hosting.TestKeys.Operator);
        var answers = await Task.WhenAll(
            client.PostAsJsonAsync($"/api/exceptions/{Uri.EscapeDataString(item.Id())}/refund", new { reason = "one" }),
            client.PostAsJsonAsync(
                $"/api/exceptions/{Uri.EscapeDataString(item.Id())}/apply",
                new { reason = "two", month = "2026-04" }
            )
        );
        // The refund, if it won, is requested (202) and waits for the approver; the apply is taken (200).
        var won = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.Conflict).StatusCode;
        Assert.Contains(won, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        if (won == HttpStatusCode.Accepted)
            await app.Host.PostAsync(
                item.Id(),
                "approve",
                new { reason = "ok" },
                HttpStatusCode.OK,
                Hosting.TestKeys.Approver
            );
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(0m, coverage.Money("held"));
        Assert.Equal(1300m, coverage.Money("refunded") + coverage.Money("applied"));
    }

    [Fact]
    public async Task A_lot_held_and_completed_in_one_file_leaves_no_item_open()
    {
        var nss = Nss("4100000010");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 9), notification: true).Credit(905.82m, D(3, 9), "HC10B", $"PAGO IMSS {nss}")
        );
        // The statement holds a new 1,000.00 and confirms the notified 905.82, which completes it.
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 9))
                .Credit(1000m, D(3, 8), "HC10A", $"PAGO IMSS {nss}")
                .Credit(905.82m, D(3, 9), "HC10B", $"PAGO IMSS {nss}")
        );
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months());
        Assert.All(await app.Host.ItemsAsync("amount", nss), i => Assert.Equal("resolved", i.Text("status")));
    }
}
