using System.Net;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Jobs;

public sealed class DashboardTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_Hangfire_dashboard_is_served_to_local_requests_from_the_system_database()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Loopback);
            s.Get.Url("/hangfire");
            s.StatusCodeShouldBeOk();
        });
        Assert.Contains("IMSS reconciliation jobs", await result.ReadAsTextAsync());

        // Hangfire keeps its tables in its own schema of the same database.
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from information_schema.tables where table_schema = 'hangfire'", connection);
        Assert.True((long)(await command.ExecuteScalarAsync())! > 5);
    }

    [Fact]
    public async Task The_dashboard_is_refused_to_remote_requests()
    {
        await app.Host.Scenario(s =>
        {
            s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9"));
            s.Get.Url("/hangfire");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });
    }
}
