using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Deposits;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>
/// The repair of a database that counted one credit twice: the application as it was before one credit was recognised
/// through several doors (<c>Statements:RecogniseOtherDoors=false</c>) imports the CSV export and the camt.053 of one
/// payment, then the repair lists the duplicate (changing nothing) and, confirmed by an admin, takes it back.
/// </summary>
public sealed class RepairTests(RepairTests.Fixture app) : IClassFixture<RepairTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseFixedClock(MoneyFixture.Now);
            builder.UseSetting("Statements:RecogniseOtherDoors", "false");
        }
    }

    private async Task<JsonElement[]> ListAsync() =>
        (
            await app.Host.Scenario(s =>
            {
                s.Get.Url("/api/admin/duplicates");
                s.WithRequestHeader("X-Api-Key", TestKeys.Admin);
            })
        ).ReadAsJson<JsonElement[]>()!;

    [Fact]
    public async Task Credits_counted_twice_are_listed_and_on_confirmation_the_duplicate_is_taken_back()
    {
        var nss = Nss("4500000001");
        const string key = "BNET01002603100045000001";
        await app.Host.EnrollAndWaitAsync(nss);
        var csv =
            $"2026/03/10,00000000000000450001,{Fee:0.00},Abono,TRANSF INTERBANCARIA SPEI,PAGO IMSS {nss},/BBVA MEXICO,"
            + $"PAGO IMSS {nss}/BBVA MEXICOFecha de Abono: 10 MAR{key}MARIA LOPEZ/012180001234567899400120000450001\n";
        Assert.Equal(201, (await app.Host.UploadAndMatchAsync(Encoding.UTF8.GetBytes(csv), "day.csv")).Status);
        var camt = new CamtStatement("REP", "REP", D(3, 10))
            .Credit(Fee, D(3, 10), key, $"PAGO IMSS {nss}")
            .Build(1_000_000m);
        Assert.Equal(201, (await app.Host.UploadAndMatchAsync(camt, "night.xml")).Status);
        // one payment, two months: the defect
        Assert.Equal(["2026-04", "2026-05"], (await app.Host.CoverageAsync(nss)).Months());

        var listed = (await ListAsync());
        var pair = Assert.Single(listed);
        Assert.StartsWith("spei:40012:20260310:", pair.Text("duplicateId"));
        Assert.Equal(["2026-05"], pair.GetProperty("monthsBought").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["2026-04", "2026-05"], (await app.Host.CoverageAsync(nss)).Months()); // a dry run changes nothing

        await app.Host.Scenario(s =>
        {
            s.Post.Json(new { reason = "one SPEI payment" })
                .ToUrl($"/api/admin/duplicates/{Uri.EscapeDataString(pair.Text("duplicateId"))}/reverse");
            s.WithRequestHeader("X-Api-Key", TestKeys.Operator);
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
        });
        await app.Host.Scenario(s =>
        {
            s.Post.Json(new { reason = "one SPEI payment" })
                .ToUrl($"/api/admin/duplicates/{Uri.EscapeDataString(pair.Text("duplicateId"))}/reverse");
            s.WithRequestHeader("X-Api-Key", TestKeys.Admin);
            s.StatusCodeShouldBe(HttpStatusCode.OK);
        });

        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], coverage.Months());
        Assert.Equal(Fee, coverage.Money("reversed"));
        coverage.AssertConserved();
        var deposits = await app.Host.DepositsAsync();
        Assert.Equal(DepositStatus.Duplicate, deposits.Single(d => d.Id == pair.Text("duplicateId")).Status);
        Assert.Equal(1, deposits.Single(d => d.Id == pair.Text("originalId")).Sightings);
        Assert.Empty((await ListAsync()));
    }
}
