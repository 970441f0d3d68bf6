using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Reconciliation.Jobs;

/// <summary>
/// A PostgreSQL session advisory lock, held by a connection of its own. It is released when the
/// holder ends, and also when its process or connection dies or the database restarts, so a crash
/// never leaves a lock behind (unlike a lock row that waits for its timeout).
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private AdvisoryLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>The lock, or null when another session holds it.</summary>
    public static async Task<AdvisoryLock?> TryAcquireAsync(NpgsqlDataSource database, long key, CancellationToken ct)
    {
        var connection = await database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(ct) is true)
                return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>The lock, once every other session holding it has let it go (or <paramref name="ct"/> gives up
    /// waiting).</summary>
    public static async Task<AdvisoryLock> AcquireAsync(NpgsqlDataSource database, long key, CancellationToken ct)
    {
        var connection = await database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_lock(@key)", connection)
            {
                CommandTimeout = 0,
            };
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(ct);
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stable key for a name (a job's id).</summary>
    public static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("reconciliation:" + name)), 0);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@key)", _connection);
            unlock.Parameters.AddWithValue("key", _key);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is broken (the database restarted): the lock went with it.
        }
        await _connection.DisposeAsync();
    }
}
