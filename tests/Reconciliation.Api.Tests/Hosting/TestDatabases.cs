using Npgsql;
using Testcontainers.PostgreSql;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>
/// The PostgreSQL server of the integration tests: the one named by <c>RECONCILIATION_TEST_DB</c>
/// (a connection string; <c>ops/test</c> sets it), else a Testcontainers one (a machine with Docker).
/// Each test class gets a database of its own, dropped when the class is done.
/// </summary>
public static class TestDatabases
{
    public const string Variable = "RECONCILIATION_TEST_DB";

    private static readonly Lazy<Task<string>> Server = new(FindServerAsync);

    public static async Task<string> CreateAsync(string owner)
    {
        var server = await Server.Value;
        // PostgreSQL names are at most 63 bytes: a readable prefix and a unique suffix.
        var name =
            $"t_{new string(owner.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(28).ToArray())}_"
            + $"{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(await Server.Value);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> FindServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
            return new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString;

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return new NpgsqlConnectionStringBuilder(container.GetConnectionString())
            {
                Database = "postgres",
            }.ConnectionString;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL: set {Variable} to a connection string (ops/test starts a "
                    + "local cluster and sets it), or run a Docker engine for Testcontainers. Docker: "
                    + e.Message,
                e
            );
        }
    }
}
