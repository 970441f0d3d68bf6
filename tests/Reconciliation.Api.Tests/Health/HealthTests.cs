using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Health;

public sealed class HealthTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Live_answers_without_looking_at_the_database()
    {
        var result = await app.Host.Scenario(s => s.Get.Url("/health/live"));
        Assert.Equal("Healthy", result.ReadAsJson<JsonElement>().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_checks_the_database_and_its_schema()
    {
        var result = await app.Host.Scenario(s => s.Get.Url("/health/ready"));
        var body = result.ReadAsJson<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_fails_when_the_schema_is_missing()
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using (
            var rename = new Npgsql.NpgsqlCommand(
                "alter table reconciliation.mt_events rename to mt_events_away",
                connection
            )
        )
            await rename.ExecuteNonQueryAsync();
        try
        {
            await app.Host.Scenario(s =>
            {
                s.Get.Url("/health/ready");
                s.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
            });
        }
        finally
        {
            await using var back = new Npgsql.NpgsqlCommand(
                "alter table reconciliation.mt_events_away rename to mt_events",
                connection
            );
            await back.ExecuteNonQueryAsync();
        }
    }
}
