using Npgsql;
using Reconciliation.Jobs.EventStore;
using Testcontainers.PostgreSql;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>
/// The PostgreSQL server of the integration tests, and the roles they use as <c>ops/pg</c> makes them: a database per
/// test class, created by the role that may create databases (<c>RECONCILIATION_TEST_DB</c>, a connection string that
/// <c>ops/test</c> sets) and owned by the application's role (<c>RECONCILIATION_APP_DB</c>), which the application
/// connects as: neither is a superuser, and the schema is applied at start-up as the application's role, as in
/// production. Without those variables, a Testcontainers server (a machine with Docker) gets the same two roles.
/// </summary>
public static class TestDatabases
{
    public const string Variable = "RECONCILIATION_TEST_DB";
    public const string ApplicationVariable = "RECONCILIATION_APP_DB";

    private static readonly Lazy<Task<Roles>> Server = new(FindServerAsync);

    /// <summary>The server as the role that creates the test databases (its <c>postgres</c> database).</summary>
    public static async Task<string> ScratchAsync() => (await Server.Value).Scratch;

    /// <summary>The application's connection string (its own database), as <c>ops/pg url</c> prints it.</summary>
    public static async Task<string> ApplicationAsync() => (await Server.Value).Application;

    /// <summary>A new database owned by the application's role; the connection string is the application's.</summary>
    public static async Task<string> CreateAsync(string owner)
    {
        var roles = await Server.Value;
        var application = new NpgsqlConnectionStringBuilder(roles.Application);
        // PostgreSQL names are at most 63 bytes: a readable prefix and a unique suffix.
        var name =
            $"t_{new string(owner.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(28).ToArray())}_"
            + $"{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(roles.Scratch))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand(
                $"create database \"{name}\" owner \"{application.Username}\"",
                admin
            );
            await create.ExecuteNonQueryAsync();
        }
        application.Database = name;
        application.Pooling = true;
        return application.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection((await Server.Value).Scratch);
        await admin.OpenAsync();
        await ScratchDatabases.DropAsync(admin, database);
    }

    private sealed record Roles(string Scratch, string Application);

    private static async Task<Roles> FindServerAsync()
    {
        var scratch = Environment.GetEnvironmentVariable(Variable);
        var application = Environment.GetEnvironmentVariable(ApplicationVariable);
        if (!string.IsNullOrWhiteSpace(scratch) && !string.IsNullOrWhiteSpace(application))
            return new Roles(
                new NpgsqlConnectionStringBuilder(scratch) { Database = "postgres" }.ConnectionString,
                application
            );
        if (!string.IsNullOrWhiteSpace(scratch) || !string.IsNullOrWhiteSpace(application))
            throw new InvalidOperationException(
                $"Set both {Variable} (the role that creates databases) and {ApplicationVariable} (the application's "
                    + "role), as ops/test does from `ops/pg url scratch` and `ops/pg url`, or neither (Testcontainers)."
            );

        PostgreSqlContainer container;
        try
        {
            container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL: run ops/test (it starts a local cluster and sets {Variable} "
                    + $"and {ApplicationVariable}), or run a Docker engine for Testcontainers. Docker: "
                    + e.Message,
                e
            );
        }
        return await CreateRolesAsync(container.GetConnectionString());
    }

    // The roles of ops/pg, on a server where the tests hold the superuser (a container of their own).
    private static async Task<Roles> CreateRolesAsync(string superuser)
    {
        var scratchPassword = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var applicationPassword = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        await using (var admin = new NpgsqlConnection(superuser))
        {
            await admin.OpenAsync();
            await using var roles = new NpgsqlCommand(
                "create role reconciliation_app login nosuperuser nocreatedb nocreaterole "
                    + $"password '{applicationPassword}'; "
                    + "create role reconciliation_scratch login nosuperuser createdb nocreaterole "
                    + $"password '{scratchPassword}'; "
                    + "grant reconciliation_app to reconciliation_scratch; "
                    + "grant pg_checkpoint to reconciliation_scratch; "
                    + "create database reconciliation owner reconciliation_app; "
                    + "revoke connect, temporary on database reconciliation from public;",
                admin
            );
            await roles.ExecuteNonQueryAsync();
        }
        var server = new NpgsqlConnectionStringBuilder(superuser);
        return new Roles(
            new NpgsqlConnectionStringBuilder(server.ConnectionString)
            {
                Database = "postgres",
                Username = "reconciliation_scratch",
                Password = scratchPassword,
            }.ConnectionString,
            new NpgsqlConnectionStringBuilder(server.ConnectionString)
            {
                Database = "reconciliation",
                Username = "reconciliation_app",
                Password = applicationPassword,
            }.ConnectionString
        );
    }
}
