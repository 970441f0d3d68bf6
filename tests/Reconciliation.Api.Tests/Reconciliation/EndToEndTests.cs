using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Api.Tests.Workers;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>
/// Three months of statements for 300 people (270 enrolled) with every kind of payment, imported
/// through HTTP; every worker's coverage and every queue item checked against values worked out by
/// hand below (not by the rules under test). Today is 5 June 2026 in Mexico City.
/// </summary>
public sealed class EndToEndTests(EndToEndTests.World world) : IClassFixture<EndToEndTests.World>
{
    private const decimal Fee = 1905.82m; // general zone, minimum wage, 2026 parameters (February on)
    private const int People = 300;

    private static DateOnly D(int m, int d) => new(2026, m, d);

    /// <summary>What each tenth of the people does, and what must come of it.</summary>
    private enum Scenario
    {
        OnTime,
        Late,
        Gap,
        Under,
        Over,
        Split,
        Semiannual,
        Reversed,
        Noisy,
        Unknown,
    }

    private static Scenario Of(int i) => (Scenario)(i % 10);

    public static string NssOf(int i)
    {
        var first = $"20{i:D8}";
        return first + CheckDigits.Nss(first);
    }

    public sealed class World : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder) =>
            builder.UseFixedClock(new DateTimeOffset(2026, 6, 5, 18, 0, 0, TimeSpan.Zero));

        public byte[] March = [];
        public byte[] April = [];
        public byte[] May = [];
        public Dictionary<string, JsonElement> Coverage { get; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            for (var i = 0; i < People; i++)
            {
                if (Of(i) == Scenario.Unknown)
                    continue;
                await Host.Scenario(s =>
                {
                    var form = WorkerForms.Valid(NssOf(i));
                    form["monthlyIncome"] = 1m;
                    form["name"] = $"Persona {i}";
                    s.Post.Json(form).ToUrl("/api/workers");
                    s.StatusCodeShouldBe(HttpStatusCode.Created);
                });
            }

            var march = new CamtStatement("MAR", "1", D(3, 31));
            var april = new CamtStatement("APR", "2", D(4, 30));
            var may = new CamtStatement("MAY", "3", D(5, 31));
            for (var i = 0; i < People; i++)
            {
                var nss = NssOf(i);
                var concept = $"PAGO IMSS {nss}";
                switch (Of(i))
                {
                    case Scenario.OnTime:
                        march.Credit(Fee, D(3, 10), $"T{i}A", concept);
                        april.Credit(Fee, D(4, 10), $"T{i}B", concept);
                        may.Credit(Fee, D(5, 10), $"T{i}C", concept);
                        break;
                    case Scenario.Late:
                        march.Credit(Fee, D(3, 18), $"T{i}A", concept);
                        april.Credit(Fee, D(4, 18), $"T{i}B", concept);
                        may.Credit(Fee, D(5, 18), $"T{i}C", concept);
                        break;
                    case Scenario.Gap:
                        march.Credit(Fee, D(3, 10), $"T{i}A", concept);
                        may.Credit(Fee, D(5, 25), $"T{i}C", concept);
                        break;
                    case Scenario.Under:
                        march.Credit(1500.00m, D(3, 10), $"T{i}A", concept);
                        break;
                    case Scenario.Over:
                        march.Credit(2000.00m, D(3, 10), $"T{i}A", concept);
                        break;
                    case Scenario.Split:
                        march.Credit(1000.00m, D(3, 8), $"T{i}A", concept);
                        march.Credit(905.82m, D(3, 12), $"T{i}B", concept);
                        break;
                    case Scenario.Semiannual:
                        march.Credit(6 * Fee, D(3, 10), $"T{i}A", concept);
                        break;
                    case Scenario.Reversed:
                        march.Credit(Fee, D(3, 10), $"T{i}A", concept);
                        april.Reversal(Fee, D(4, 2), $"T{i}A");
                        break;
                    case Scenario.Noisy:
                        march.Credit(
                            Fee,
                            D(3, 10),
                            $"T{i}A",
                            $"CUOTA {nss[..4]}-{nss[4..6]}-{nss[6..10]}-{nss[10..]} MARZO"
                        );
                        break;
                    case Scenario.Unknown:
                        march.Credit(Fee, D(3, 10), $"T{i}A", concept);
                        break;
                }
            }
            March = march.Build(1_000_000m);
            April = april.Build(march.Closing(1_000_000m));
            May = may.Build(april.Closing(march.Closing(1_000_000m)));

            foreach (var (file, name) in new[] { (March, "march.xml"), (April, "april.xml"), (May, "may.xml") })
            {
                var (status, body) = await Host.UploadAndMatchAsync(file, name);
                if (status != 201)
                    throw new InvalidOperationException($"{name}: {status} {body}");
            }

            for (var i = 0; i < People; i++)
                if (Of(i) != Scenario.Unknown)
                    Coverage[NssOf(i)] = await Host.GetAsJson<JsonElement>($"/api/workers/{NssOf(i)}/coverage");
        }
    }

    private static string[] Months(JsonElement c) =>
        c.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()!).ToArray();

    private static string[] Flags(JsonElement c) =>
        c.GetProperty("openFlags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).Order().ToArray();

    [Fact]
    public void Every_workers_coverage_is_what_the_rules_give_by_hand()
    {
        for (var i = 0; i < People; i++)
        {
            var scenario = Of(i);
            if (scenario == Scenario.Unknown)
                continue;
            var c = world.Coverage[NssOf(i)];
            var (months, gaps, status, flags, credit) = scenario switch
            {
                // 10 Mar → Apr, 10 Apr → May, 10 May → Jun; on 5 June, June is paid, July not, before the 15th: due.
                Scenario.OnTime => (new[] { "2026-04", "2026-05", "2026-06" }, new string[0], "due", new string[0], 0m),
                // The 18th is after the recommended 15th, before the 20th deadline: kept, flagged late each time.
                Scenario.Late => (
                    new[] { "2026-04", "2026-05", "2026-06" },
                    new string[0],
                    "due",
                    new[] { "late", "late", "late" },
                    0m
                ),
                // 25 May is past the deadline of May (20 Apr) and of June (20 May): May and June lost, July paid; June
                // unpaid today.
                Scenario.Gap => (
                    new[] { "2026-04", "2026-07" },
                    new[] { "2026-05", "2026-06" },
                    "lapsed",
                    new[] { "late-coverage-gap" },
                    0m
                ),
                Scenario.Under => (new string[0], new string[0], "pending", new[] { "underpaid" }, 1500.00m),
                Scenario.Over => (new string[0], new string[0], "pending", new[] { "overpaid" }, 2000.00m),
                // 1,000 + 905.82 = one fee, applied on 12 March (by the 15th): April, no flag left.
                Scenario.Split => (new[] { "2026-04" }, new string[0], "lapsed", new string[0], 0m),
                Scenario.Semiannual => (
                    new[] { "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09" },
                    new string[0],
                    "covered",
                    new string[0],
                    0m
                ),
                // Paid April on 10 March, reversed on 2 April: nothing left.
                Scenario.Reversed => (new string[0], new string[0], "pending", new[] { "reversed" }, 0m),
                Scenario.Noisy => (new[] { "2026-04" }, new string[0], "lapsed", new[] { "reference-not-clean" }, 0m),
                _ => throw new InvalidOperationException(),
            };
            var who = $"worker {i} ({scenario})";
            Assert.True(months.SequenceEqual(Months(c)), $"{who}: months {string.Join(",", Months(c))}");
            Assert.True(
                gaps.SequenceEqual(c.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()!)),
                $"{who}: gaps"
            );
            Assert.True(status == c.GetProperty("status").GetString(), $"{who}: status {c.GetProperty("status")}");
            Assert.True(flags.SequenceEqual(Flags(c)), $"{who}: flags {string.Join(",", Flags(c))}");
            Assert.True(
                credit == c.GetProperty("unappliedCredit").GetDecimal(),
                $"{who}: credit {c.GetProperty("unappliedCredit")}"
            );
            Assert.Equal(Fee, c.GetProperty("monthlyFee").GetDecimal());
            Assert.Equal("2026-06-05", c.GetProperty("asOf").GetString());
        }
    }

    [Fact]
    public async Task The_queue_holds_the_suspense_items_and_the_held_amounts()
    {
        var suspense = (await world.Host.GetAsJson<JsonElement[]>("/api/exceptions?kind=suspense&pageSize=1000"))!;
        Assert.Equal(People / 10, suspense.Length);
        Assert.All(suspense, s =>
            Assert.StartsWith("no enrolled worker has the NSS", s.GetProperty("reason").GetString())
        );
        Assert.Equal(
            Enumerable.Range(0, People).Where(i => Of(i) == Scenario.Unknown).Select(NssOf).Order(),
            suspense.Select(s => s.GetProperty("candidates")[0].GetString()!).Order()
        );

        var amounts = (await world.Host.GetAsJson<JsonElement[]>("/api/exceptions?kind=amount&pageSize=1000"))!;
        Assert.Equal(2 * People / 10, amounts.Length);
        Assert.Equal(People / 10, amounts.Count(a => a.GetProperty("difference").GetDecimal() == 1500.00m - Fee));
        Assert.Equal(People / 10, amounts.Count(a => a.GetProperty("difference").GetDecimal() == 2000.00m - Fee));

        // The first part of each split payment was held, then completed by the second: resolved by the system.
        var resolved = (
            await world.Host.GetAsJson<JsonElement[]>("/api/exceptions?kind=amount&status=resolved&pageSize=1000")
        )!;
        Assert.Equal(People / 10, resolved.Length);
        Assert.All(resolved, r =>
            Assert.Equal("completed", r.GetProperty("decision").GetProperty("action").GetString())
        );
        Assert.Empty((await world.Host.GetAsJson<JsonElement[]>("/api/exceptions?kind=reversal"))!);
    }

    [Theory]
    [InlineData("due", 60)]
    [InlineData("covered", 30)]
    [InlineData("lapsed", 90)]
    [InlineData("pending", 90)]
    [InlineData("late", 0)]
    public async Task Workers_are_listed_by_their_status_today(string status, int count)
    {
        var page = await world.Host.GetAsJson<JsonElement>($"/api/workers?status={status}&pageSize=1000");
        Assert.Equal(count, page.GetProperty("total").GetInt32());
        var listed = page.GetProperty("workers").EnumerateArray().ToList();
        Assert.All(listed, w => Assert.Equal(status, w.GetProperty("status").GetString()));
        Assert.Equal(
            listed.Select(w => w.GetProperty("nss").GetString()).Order(StringComparer.Ordinal),
            listed.Select(w => w.GetProperty("nss").GetString())
        );
    }

    [Fact]
    public async Task A_second_copy_of_a_statement_changes_nothing()
    {
        var (status, _) = await world.Host.UploadAndMatchAsync(world.March, "march-again.xml");
        Assert.Equal(200, status);
        var resent = Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(world.March).Replace("<MsgId>MAR</MsgId>", "<MsgId>MAR-RESENT</MsgId>")
        );
        var (again, body) = await world.Host.UploadAndMatchAsync(resent, "march-resent.xml");
        Assert.Equal(201, again);
        Assert.Equal(0, body.Int("deposits"));
        Assert.Equal(body.Int("credits"), body.Int("duplicates"));
        foreach (var i in new[] { 0, 3, 5, 7 })
            Assert.Equal(
                world.Coverage[NssOf(i)].GetProperty("months").ToString(),
                (await world.Host.GetAsJson<JsonElement>($"/api/workers/{NssOf(i)}/coverage"))
                    .GetProperty("months")
                    .ToString()
            );
    }

    [Fact]
    public async Task Coverage_as_of_a_past_date_comes_from_the_events_of_then()
    {
        var onTime = NssOf(0);
        var before = await world.Host.GetAsJson<JsonElement>($"/api/workers/{onTime}/coverage?asOf=2026-03-09");
        Assert.Equal("pending", before.GetProperty("status").GetString());
        Assert.Empty(Months(before));
        var april = await world.Host.GetAsJson<JsonElement>($"/api/workers/{onTime}/coverage?asOf=2026-04-12");
        Assert.Equal(["2026-04", "2026-05"], Months(april));
        Assert.Equal("covered", april.GetProperty("status").GetString());
        var late = await world.Host.GetAsJson<JsonElement>($"/api/workers/{onTime}/coverage?asOf=2026-04-16");
        Assert.Equal("covered", late.GetProperty("status").GetString());
        var mayEnd = await world.Host.GetAsJson<JsonElement>($"/api/workers/{onTime}/coverage?asOf=2026-05-16");
        Assert.Equal("covered", mayEnd.GetProperty("status").GetString());

        var reversed = NssOf(7);
        var beforeReversal = await world.Host.GetAsJson<JsonElement>(
            $"/api/workers/{reversed}/coverage?asOf=2026-04-01"
        );
        Assert.Equal(["2026-04"], Months(beforeReversal));
        Assert.Equal("due", beforeReversal.GetProperty("status").GetString());
        var afterReversal = await world.Host.GetAsJson<JsonElement>(
            $"/api/workers/{reversed}/coverage?asOf=2026-04-02"
        );
        Assert.Empty(Months(afterReversal));

        await world.Host.Scenario(s =>
        {
            s.Get.Url($"/api/workers/{onTime}/coverage?asOf=2026-01-11");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
        await world.Host.Scenario(s =>
        {
            s.Get.Url($"/api/workers/{onTime}/coverage?asOf=2026-07-01");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
    }

    [Fact]
    public async Task The_history_shows_the_workers_events_in_order()
    {
        var history = (await world.Host.GetAsJson<JsonElement[]>($"/api/workers/{NssOf(7)}/history"))!;
        Assert.Equal(
            [
                "worker_enrolled",
                "fee_quoted",
                "payment_received",
                "coverage_granted",
                "deposit_reversed",
                "coverage_revoked",
                "payment_flagged",
            ],
            history.Select(h => h.GetProperty("type").GetString()!)
        );
        Assert.Equal("2026-04-02", history[4].GetProperty("effectiveDate").GetString());
    }

    [Fact]
    public async Task The_daily_report_adds_up_to_the_statements_credits()
    {
        var report = await world.Host.GetAsJson<JsonElement>("/api/reports/daily?date=2026-06-05");
        Assert.True(report.GetProperty("creditsAddUp").GetBoolean());
        Assert.True(report.GetProperty("depositsAddUp").GetBoolean());
        Assert.True(report.GetProperty("files").GetArrayLength() >= 3);
        var byStatus = report.GetProperty("depositsByStatus");
        Assert.Equal(People / 10, byStatus.GetProperty("suspense").GetProperty("count").GetInt32());
        Assert.Equal(People / 10, byStatus.GetProperty("returned").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Rebuilding_every_projection_from_the_events_gives_identical_answers()
    {
        var store = world.Host.Services.GetRequiredService<IDocumentStore>();
        async Task<string> Snapshot()
        {
            await using var session = store.QuerySession();
            var coverage = (await session.Query<WorkerCoverage>().ToListAsync()).OrderBy(w => w.Id);
            var deposits = (await session.Query<Domain.Deposits.Deposit>().ToListAsync()).OrderBy(d => d.Id);
            var workers = (await session.Query<Domain.Workers.Worker>().ToListAsync()).OrderBy(w => w.Id);
            return JsonSerializer.Serialize(
                new
                {
                    coverage,
                    deposits,
                    workers,
                }
            );
        }

        var before = await Snapshot();
        // Gone, then rebuilt from nothing but the events.
        foreach (
            var type in new[] { typeof(WorkerCoverage), typeof(Domain.Deposits.Deposit), typeof(Domain.Workers.Worker) }
        )
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(type);
        Assert.NotEqual(before, await Snapshot());
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in new[] { "WorkerCoverage", "Deposit", "Worker" })
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.Equal(before, await Snapshot());
    }
}
