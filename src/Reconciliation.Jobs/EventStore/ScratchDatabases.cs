using Npgsql;

namespace Reconciliation.Jobs.EventStore;

/// <summary>The databases the tests and the bench make for themselves, dropped when they are done with them.</summary>
public static class ScratchDatabases
{
    /// <summary>
    /// Drops the database, ending its connections. FORCE may not end an autovacuum worker busy in it (a superuser's
    /// process, out of a least-privileged role's reach): that worker ends soon, so the drop is tried again.
    /// </summary>
    public static async Task DropAsync(NpgsqlConnection admin, string database)
    {
        await using var drop = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", admin);
        for (var attempt = 1; ; attempt++)
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < 50)
            {
                await Task.Delay(200);
            }
    }
}
