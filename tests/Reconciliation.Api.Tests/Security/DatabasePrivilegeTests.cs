using Npgsql;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Security;

/// <summary>
/// What the application's database role may not do (docs/SECURITY.md): it is no superuser, it cannot read the
/// server's password hashes, run a program on the server, create roles or databases, or reach another database; and
/// no one connects without a password, the superuser included. The role is the one <c>ops/pg url</c> names, and the
/// one every other integration test runs the application as (its databases are the role's own).
/// </summary>
public sealed class DatabasePrivilegeTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string InsufficientPrivilege = "42501";
    private const string InvalidPassword = "28P01";

    private static async Task<NpgsqlConnection> ApplicationAsync()
    {
        var connection = new NpgsqlConnection(await TestDatabases.ApplicationAsync());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<PostgresException> RefusedAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task The_application_role_is_no_superuser_and_may_not_create_roles_or_databases()
    {
        await using var connection = await ApplicationAsync();
        await using var command = new NpgsqlCommand(
            "select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls from pg_roles "
                + "where rolname = current_user",
            connection
        );
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        for (var i = 0; i < reader.FieldCount; i++)
            Assert.False(reader.GetBoolean(i), reader.GetName(i));
        await reader.CloseAsync();

        Assert.Equal(InsufficientPrivilege, (await RefusedAsync(connection, "create role intruder")).SqlState);
        Assert.Equal(InsufficientPrivilege, (await RefusedAsync(connection, "create database intruder")).SqlState);
    }

    [Fact]
    public async Task The_application_role_cannot_read_the_password_hashes()
    {
        await using var connection = await ApplicationAsync();
        var refused = await RefusedAsync(connection, "select rolname, rolpassword from pg_authid");
        Assert.Equal(InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_application_role_cannot_run_a_program_on_the_server()
    {
        await using var connection = await ApplicationAsync();
        var refused = await RefusedAsync(connection, "copy (select 1) to program 'id'");
        Assert.Equal(InsufficientPrivilege, refused.SqlState);
        Assert.Equal(
            InsufficientPrivilege,
            (await RefusedAsync(connection, "select pg_read_file('postgresql.conf')")).SqlState
        );
    }

    [Fact]
    public async Task The_application_applied_its_schema_as_itself_and_owns_every_table()
    {
        // The fixture's application started on a database of its own and created the store's tables at start-up.
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) filter (where tableowner <> current_user), count(*) from pg_tables "
                + "where schemaname not in ('pg_catalog', 'information_schema')",
            connection
        );
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0, reader.GetInt64(0));
        Assert.True(reader.GetInt64(1) > 10, $"only {reader.GetInt64(1)} tables");
    }

    [Fact]
    public async Task A_connection_without_the_right_password_is_refused_even_for_the_superuser()
    {
        var application = new NpgsqlConnectionStringBuilder(await TestDatabases.ApplicationAsync())
        {
            Passfile = null,
            Password = "not-the-password",
            Pooling = false,
        };
        foreach (var user in new[] { application.Username!, "postgres" })
        {
            application.Username = user;
            await using var connection = new NpgsqlConnection(application.ConnectionString);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());
            Assert.Equal(InvalidPassword, refused.SqlState);
        }

        // No password at all: the server asks for one (no trust, no peer), so the client cannot go on.
        application.Username = "postgres";
        application.Password = null;
        application.Passfile = Path.GetTempFileName(); // empty: no password for anyone
        try
        {
            await using var bare = new NpgsqlConnection(application.ConnectionString);
            var noPassword = await Assert.ThrowsAnyAsync<NpgsqlException>(() => bare.OpenAsync());
            Assert.Contains("password", noPassword.Message, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(application.Passfile);
        }
    }

    [Fact]
    public async Task The_application_database_admits_no_role_by_default()
    {
        // PostgreSQL lets every role connect to a new database; ops/pg takes that from PUBLIC (a null ACL is the
        // default, which includes it).
        await using var connection = await ApplicationAsync();
        await using var command = new NpgsqlCommand(
            "select d.datacl is null or exists (select 1 from aclexplode(d.datacl) a where a.grantee = 0 "
                + "and a.privilege_type in ('CONNECT', 'TEMPORARY')) from pg_database d "
                + "where d.datname = current_database()",
            connection
        );
        Assert.Equal(false, await command.ExecuteScalarAsync());
    }
}
