using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Jobs.Matching;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>Suspense suggestions by amount (docs/DOMAIN.md, *Matching*): an amount only one enrolled worker's fee explains names that
/// worker; one two workers' fees explain names no one.</summary>
public sealed class SuspenseSuggestionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static string Nss(string first10) => first10 + CheckDigits.Nss(first10);

    /// <summary>Enrolls a worker with this income; the monthly fee the enrollment quoted.</summary>
    private async Task<decimal> EnrollAsync(string nss, decimal monthlyIncome)
    {
        await app.Host.EnrollAndWaitAsync(nss, monthlyIncome: monthlyIncome);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<WorkerCoverage>(nss))!.ExpectedMonthlyFee!.Value;
    }

    [Fact]
    public async Task An_amount_is_suggested_only_when_exactly_one_workers_fee_explains_it()
    {
        var alone = Nss("3100000001");
        var twinA = Nss("3100000002");
        var twinB = Nss("3100000003");
        var aloneFee = await EnrollAsync(alone, 20_000m);
        var twinFee = await EnrollAsync(twinA, 30_000m);
        Assert.Equal(twinFee, await EnrollAsync(twinB, 30_000m));
        Assert.NotEqual(aloneFee, twinFee);

        var statement = new CamtStatement("SG1", "1", D(3, 31))
            .Credit(aloneFee, D(3, 10), "G1", "PAGO SIN REFERENCIA")
            .Credit(aloneFee * 6, D(3, 10), "G2", "PAGO SEMESTRE")
            .Credit(twinFee, D(3, 10), "G3", "PAGO MENSUAL")
            .Credit(aloneFee + 0.01m, D(3, 10), "G4", "PAGO");
        var (status, body) = await app.Host.UploadAndMatchAsync(statement.Build(0m), "sg1.xml");
        Assert.True(status == 201, body.ToString());

        var items = (await app.Host.GetAsJson<JsonElement[]>("/api/exceptions?kind=suspense&pageSize=1000"))!;
        Assert.Equal(4, items.Length);
        string[] SuggestedFor(decimal amount) =>
            items
                .Single(i => i.GetProperty("amount").GetDecimal() == amount)
                .GetProperty("suggestions")
                .EnumerateArray()
                .Select(s => s.GetProperty("nss").GetString()!)
                .ToArray();

        Assert.Equal([alone], SuggestedFor(aloneFee));
        Assert.Equal([alone], SuggestedFor(aloneFee * 6));
        Assert.Empty(SuggestedFor(twinFee));
        Assert.Empty(SuggestedFor(aloneFee + 0.01m));
        var reason = items
            .Single(i => i.GetProperty("amount").GetDecimal() == aloneFee)
            .GetProperty("suggestions")[0]
            .GetProperty("reason")
            .GetString();
        Assert.Contains($"exactly this worker's fee ({aloneFee:N2} a month)", reason);
    }

    [Fact]
    public async Task The_fee_lookup_uses_the_fee_index_rather_than_reading_every_worker()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var statement = DepositMatching
            .WorkersByFeeStatement(store.Options.Schema.For<WorkerCoverage>())
            .Replace("?", "$1");
        var text = await QueryPlans.WithoutSequentialScansAsync(
            app.Host.Services.GetRequiredService<NpgsqlDataSource>(),
            statement,
            [new() { Value = new[] { 1000m } }]
        );
        Assert.Contains("expected_monthly_fee", text);
        Assert.DoesNotContain("Seq Scan on mt_doc_workercoverage", text);
    }
}
