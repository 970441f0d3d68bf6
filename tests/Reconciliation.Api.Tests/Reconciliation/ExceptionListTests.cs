using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>The queue is filtered by the kinds and statuses it knows; anything else is a 400 naming the
/// accepted.</summary>
public sealed class ExceptionListTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<JsonElement> ListAsync(string query, HttpStatusCode expected) =>
        (
            await app.Host.Scenario(s =>
            {
                s.Get.Url($"/api/exceptions?{query}");
                s.StatusCodeShouldBe(expected);
            })
        ).ReadAsJson<JsonElement>();

    [Theory]
    [InlineData("kind=possible-duplicate")]
    [InlineData("kind=suspense&status=resolved")]
    [InlineData("status=all")]
    public async Task Known_kinds_and_statuses_list(string query) =>
        Assert.Equal(JsonValueKind.Array, (await ListAsync(query, HttpStatusCode.OK)).ValueKind);

    [Fact]
    public async Task An_unknown_kind_or_status_is_named_with_the_accepted_ones()
    {
        var kind = await ListAsync("kind=duplicate", HttpStatusCode.BadRequest);
        Assert.Contains("possible-duplicate", kind.GetProperty("errors").GetProperty("kind")[0].GetString());
        var status = await ListAsync("status=closed", HttpStatusCode.BadRequest);
        Assert.Equal(
            "status must be one of open, resolved, all",
            status.GetProperty("errors").GetProperty("status")[0].GetString()
        );
    }
}
