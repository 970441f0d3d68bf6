using System.Net;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Workers;

/// <summary>
/// A worker declares a new income or zone from a month: deposits for the months before keep the old fee, those for the
/// months from it the new one; a month paid or past is refused. Today is 10 February 2026; the workers earn the minimum
/// wage (fee 1,905.82) at enrollment.
/// </summary>
public sealed class DeclareIncomeTests(DeclareIncomeTests.Fixture app) : IClassFixture<DeclareIncomeTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder) =>
            builder.UseFixedClock(new DateTimeOffset(2026, 2, 10, 18, 0, 0, TimeSpan.Zero));
    }

    private async Task<long> VersionAsync(string nss) =>
        (await app.Host.GetAsJson<JsonElement>($"/api/workers/{nss}")).GetProperty("version").GetInt64();

    private Task<IScenarioResult> DeclareAsync(string nss, object body, HttpStatusCode expected) =>
        app.Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl($"/api/workers/{nss}/income");
            s.StatusCodeShouldBe(expected);
        });

    private async Task<decimal> QuoteAsync(decimal income, string zone, DateOnly date) => (
            await app.Host.Scenario(s =>
                s.Post.Json(
                        new
                        {
                            monthlyIncome = income,
                            zone,
                            date = $"{date:yyyy-MM-dd}",
                        }
                    )
                    .ToUrl("/api/fees/quote")
            )
        ).ReadAsJson<JsonElement>().GetProperty("monthly").GetDecimal();

    private Task PayAsync(string id, params (decimal Amount, DateOnly ValueDate, string Key, string Nss)[] credits)
    {
        var statement = new CamtStatement(id, id, credits.Max(c => c.ValueDate));
        foreach (var c in credits)
            statement.Credit(c.Amount, c.ValueDate, c.Key, $"PAGO IMSS {c.Nss}");
        return app.Host.UploadAndMatchAsync(statement.Build(0m), $"{id}.xml");
    }

    [Fact]
    public async Task An_income_raised_from_May_makes_an_April_deposit_of_the_old_fee_exact_and_a_May_one_short()
    {
        var nss = Nss("7201000001");
        await app.Host.EnrollAndWaitAsync(nss);
        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 20000m,
                effectiveFrom = "2026-05",
                reason = "new job, payslip seen",
                version = await VersionAsync(nss),
            },
            HttpStatusCode.OK
        );
        var newFee = await QuoteAsync(20000m, "general", D(4, 15));
        Assert.NotEqual(Fee, newFee);

        await PayAsync("INC1", (Fee, D(3, 18), "INC1A", nss)); // pays April, before the change: the old fee is exact
        await PayAsync("INC2", (Fee, D(4, 15), "INC1B", nss)); // pays May, from the change: the old fee is short

        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], coverage.Months());
        Assert.Equal(Fee, coverage.Money("held"));
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        Assert.Equal(newFee, item.GetProperty("expected").GetDecimal());
        Assert.Equal(Fee - newFee, item.GetProperty("difference").GetDecimal());
        coverage.AssertConserved();

        // The new fee for May is exact.
        await PayAsync("INC3", (newFee, D(4, 16), "INC1C", nss));
        Assert.Contains("2026-05", (await app.Host.CoverageAsync(nss)).Months());
    }

    [Fact]
    public async Task A_zone_change_moves_the_fee_of_the_months_from_it()
    {
        var nss = Nss("7201000002");
        await app.Host.EnrollAndWaitAsync(nss);
        await DeclareAsync(
            nss,
            new
            {
                zone = "northern-border",
                effectiveFrom = "2026-05",
                reason = "moved to Tijuana",
                version = await VersionAsync(nss),
            },
            HttpStatusCode.OK
        );
        var border = await QuoteAsync(1m, "northern-border", D(4, 15)); // the minimum wage of the zone
        var worker = await app.Host.GetAsJson<JsonElement>($"/api/workers/{nss}");
        Assert.Equal("northern-border", worker.GetProperty("zone").GetString());

        await PayAsync("ZON1", (Fee, D(3, 18), "ZON1A", nss), (border, D(4, 15), "ZON1B", nss));
        Assert.Equal(["2026-04", "2026-05"], (await app.Host.CoverageAsync(nss)).Months());
    }

    [Fact]
    public async Task Within_a_month_of_the_change_the_fee_before_it_is_accepted_too()
    {
        var nss = Nss("7201000003");
        await app.Host.EnrollAndWaitAsync(nss);
        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 20000m,
                effectiveFrom = "2026-04",
                reason = "raise",
                version = await VersionAsync(nss),
            },
            HttpStatusCode.OK
        );

        // Paid on 5 March for April (the first month of the new income), the figure the worker knew: accepted.
        await PayAsync("GRC1", (Fee, D(3, 5), "GRC1A", nss));
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months());
    }

    [Fact]
    public async Task A_change_from_this_month_accepts_the_fee_before_it_for_the_month_a_deposit_pays_next()
    {
        // From February (the current month); a deposit of 15 February pays March, the first month it can: the worker's
        // old figure is still accepted, within a month of the change.
        var nss = Nss("7201000007");
        await app.Host.EnrollAndWaitAsync(nss);
        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 20000m,
                effectiveFrom = "2026-02",
                reason = "raise",
                version = await VersionAsync(nss),
            },
            HttpStatusCode.OK
        );
        await PayAsync("GRC2", (Fee, D(2, 15), "GRC2A", nss));
        Assert.Equal(["2026-03"], (await app.Host.CoverageAsync(nss)).Months());
    }

    [Fact]
    public async Task A_month_paid_or_past_is_refused_naming_the_first_month_it_may_take_effect()
    {
        var nss = Nss("7201000004");
        await app.Host.EnrollAndWaitAsync(nss);
        var before = await VersionAsync(nss);
        await PayAsync("PAID1", (Fee * 6, D(2, 5), "PAID1A", nss)); // March to August

        // The version read before the payment is stale: the payment changed the record.
        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 20000m,
                effectiveFrom = "2026-09",
                reason = "raise",
                version = before,
            },
            HttpStatusCode.Conflict
        );

        var version = await VersionAsync(nss);
        var paid = (
            await DeclareAsync(
                nss,
                new
                {
                    monthlyIncome = 20000m,
                    effectiveFrom = "2026-05",
                    reason = "raise",
                    version,
                },
                HttpStatusCode.BadRequest
            )
        ).ReadAsJson<JsonElement>().GetProperty("errors").GetProperty("effectiveFrom")[0].GetString();
        Assert.Contains("2026-05 is already paid (paid through 2026-08)", paid);
        Assert.Contains("from 2026-09 at the earliest", paid);
        var past = (
            await DeclareAsync(
                nss,
                new
                {
                    monthlyIncome = 20000m,
                    effectiveFrom = "2026-01",
                    reason = "raise",
                    version,
                },
                HttpStatusCode.BadRequest
            )
        ).ReadAsJson<JsonElement>().GetProperty("errors").GetProperty("effectiveFrom")[0].GetString();
        Assert.Contains("is past", past);
        var bad = (
            await DeclareAsync(
                nss,
                new
                {
                    monthlyIncome = -5m,
                    zone = "moon",
                    effectiveFrom = "May",
                    version,
                },
                HttpStatusCode.BadRequest
            )
        ).ReadAsJson<JsonElement>().GetProperty("errors");
        foreach (var field in new[] { "monthlyIncome", "zone", "effectiveFrom", "reason" })
            Assert.True(bad.TryGetProperty(field, out _), $"{field} is not named: {bad}");

        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 20000m,
                effectiveFrom = "2026-09",
                reason = "raise",
                version,
            },
            HttpStatusCode.OK
        );
        var history = (await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{nss}/history"))!;
        Assert.Contains(history, h =>
            h.GetProperty("type").GetString() == "income_declared"
            && h.GetProperty("data").GetProperty("operator").GetString() == TestKeys.OperatorName
        );
    }

    [Fact]
    public async Task The_fee_history_shows_the_steps_of_the_parameters_and_of_the_declarations()
    {
        var nss = Nss("7201000005");
        await app.Host.EnrollAndWaitAsync(nss);
        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 20000m,
                effectiveFrom = "2026-05",
                reason = "raise",
                version = await VersionAsync(nss),
            },
            HttpStatusCode.OK
        );

        var periods = (await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{nss}/fees?through=2026-07"))!;
        // February's fee is computed on its due date, 20 January: the new minimum wage, last year's UMA; March's with
        // the new UMA (1 February); May on with the new income.
        Assert.Equal(
            [("2026-02", "2026-02"), ("2026-03", "2026-04"), ("2026-05", "2026-07")],
            periods.Select(p => (p.GetProperty("from").GetString(), p.GetProperty("to").GetString()))
        );
        Assert.Equal(await QuoteAsync(1m, "general", D(1, 20)), periods[0].GetProperty("monthlyFee").GetDecimal());
        Assert.Equal(Fee, periods[1].GetProperty("monthlyFee").GetDecimal());
        Assert.Equal(
            (20000m, await QuoteAsync(20000m, "general", D(4, 20))),
            (periods[2].GetProperty("monthlyIncome").GetDecimal(), periods[2].GetProperty("monthlyFee").GetDecimal())
        );
        Assert.NotEqual(
            periods[0].GetProperty("umaDaily").GetDecimal(),
            periods[1].GetProperty("umaDaily").GetDecimal()
        );
    }

    [Fact]
    public async Task Once_the_months_before_a_change_are_paid_a_deposit_of_the_new_fee_without_reference_is_suggested()
    {
        var nss = Nss("7201000006");
        await app.Host.EnrollAndWaitAsync(nss);
        await DeclareAsync(
            nss,
            new
            {
                monthlyIncome = 23456.78m,
                effectiveFrom = "2026-05",
                reason = "raise",
                version = await VersionAsync(nss),
            },
            HttpStatusCode.OK
        );
        var newFee = await QuoteAsync(23456.78m, "general", D(4, 20));
        await PayAsync("SUG1", (Fee, D(3, 18), "SUG1A", nss)); // April, at the old fee; May is next, at the new one

        var statement = new CamtStatement("SUG2", "SUG2", D(4, 16)).Credit(
            newFee,
            D(4, 16),
            "SUG2A",
            "PAGO CUOTA MAYO"
        );
        await app.Host.UploadAndMatchAsync(statement.Build(0m), "SUG2.xml");
        var item = Assert.Single(await app.Host.ItemsAsync("suspense"), i =>
            i.GetProperty("amount").GetDecimal() == newFee
        );
        var suggestion = Assert.Single(item.GetProperty("suggestions").EnumerateArray());
        Assert.Equal(nss, suggestion.GetProperty("nss").GetString());
        Assert.Contains("exactly this worker's fee", suggestion.GetProperty("reason").GetString());
    }
}
