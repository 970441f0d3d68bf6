using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Coverage;

public sealed class ListWorkersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("3")] // a number is not a status, though the enum would parse it
    public async Task A_status_that_is_not_one_is_a_problem_naming_the_statuses(string status)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url($"/api/workers?status={status}");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var error = result.ReadAsJson<JsonElement>().GetProperty("errors").GetProperty("status")[0].GetString();
        Assert.Equal("status must be one of pending, covered, due, late, lapsed, withdrawn", error);
    }

    [Fact]
    public async Task A_status_is_read_whatever_its_case()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/workers?status=Covered&pageSize=1");
            s.StatusCodeShouldBe(HttpStatusCode.OK);
        });
    }
}
