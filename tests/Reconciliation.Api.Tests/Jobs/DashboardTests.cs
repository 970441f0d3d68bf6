using System.Net;
using Alba;
using Reconciliation.Api.Security;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Jobs;

public sealed class DashboardTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.9");

    [Fact]
    public async Task The_Hangfire_dashboard_is_served_to_an_admin_key_from_any_address_from_the_system_database()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = Remote);
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, TestKeys.Admin);
            s.Get.Url("/hangfire");
            s.StatusCodeShouldBeOk();
        });
        Assert.Contains("IMSS reconciliation jobs", await result.ReadAsTextAsync());

        // Hangfire keeps its tables in its own schema of the same database.
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select count(*) from information_schema.tables where table_schema = 'hangfire'",
            connection
        );
        Assert.True((long)(await command.ExecuteScalarAsync())! > 5);
    }

    [Fact]
    public async Task A_browser_reaches_the_dashboard_with_the_key_as_the_password_of_its_login_prompt()
    {
        var challenge = await app.Host.Scenario(s =>
        {
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, "");
            s.Get.Url("/hangfire");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });
        Assert.Contains("Basic realm=", challenge.Context.Response.Headers.WWWAuthenticate.ToString());

        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("anyone:" + TestKeys.Admin));
        await app.Host.Scenario(s =>
        {
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, "");
            s.WithRequestHeader("Authorization", "Basic " + basic);
            s.Get.Url("/hangfire/jobs/enqueued");
            s.StatusCodeShouldBeOk();
        });
    }

    [Theory]
    [InlineData(TestKeys.Operator, HttpStatusCode.Forbidden)]
    [InlineData(TestKeys.Reader, HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    [InlineData("imss_not-a-key", HttpStatusCode.Unauthorized)]
    public async Task The_dashboard_is_refused_to_every_key_below_admin_even_from_the_host_itself(
        string key,
        HttpStatusCode expected
    )
    {
        var result = await app.Host.Scenario(s =>
        {
            s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Loopback);
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, key);
            s.Get.Url("/hangfire");
            s.StatusCodeShouldBe(expected);
        });
        Assert.Equal("application/problem+json", result.Context.Response.ContentType);
    }
}
