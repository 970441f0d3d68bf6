using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Workers;

/// <summary>
/// The NSS of a worker's route is checked once for every endpoint (a 400 naming what is wrong), and a worker that is
/// not enrolled is a 404 with a problem document, whichever endpoint is asked.
/// </summary>
public sealed class WorkerRouteTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<JsonElement> ProblemAsync(string url, object? body, HttpStatusCode expected)
    {
        var result = await app.Host.Scenario(s =>
        {
            if (body is null)
                s.Get.Url(url);
            else
                s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(expected);
        });
        return result.ReadAsJson<JsonElement>();
    }

    public static TheoryData<string, bool> Endpoints =>
        new()
        {
            { "/api/workers/{0}", false },
            { "/api/workers/{0}/coverage", false },
            { "/api/workers/{0}/history", false },
            { "/api/workers/{0}/fees", false },
            { "/api/workers/{0}/notices", false },
            { "/api/workers/{0}/withdrawal", true },
            { "/api/workers/{0}/contact", true },
            { "/api/workers/{0}/income", true },
        };

    private static object Body =>
        new
        {
            date = "2026-03-01",
            reason = "r",
            email = "a@example.org",
            monthlyIncome = 10_000m,
            effectiveFrom = "2027-01",
            version = 1,
        };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_malformed_nss_is_a_400_naming_its_check_digit(string route, bool post)
    {
        var problem = await ProblemAsync(
            string.Format(route, "12345678904"),
            post ? Body : null,
            HttpStatusCode.BadRequest
        );
        Assert.Contains("check digit", problem.GetProperty("errors").GetProperty("nss")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_worker_not_enrolled_is_a_404_naming_the_nss(string route, bool post)
    {
        var problem = await ProblemAsync(
            string.Format(route, "01988012348"),
            post ? Body : null,
            HttpStatusCode.NotFound
        );
        Assert.Equal("No worker is enrolled with NSS 01988012348.", problem.GetProperty("detail").GetString());
    }
}
