using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Bench;

/// <summary>
/// The database's work for a credit, alone: the fewest rows an event-sourced credit writes in this store — its
/// deposit's document with the raw line (exactly once by its key), a payment and a coverage event on its worker's
/// stream, the stream's version, the worker's coverage document read and written back — 1,000 credits a transaction,
/// one statement per kind of row from arrays, the shape of the import's (<c>EventStoreBatch</c>), into the same tables
/// with their indexes and checks; its own SQL, since the import's comes with the application's serialising, which is
/// not wanted here. No parsing, matching or serialising. It runs against the tables
/// the import filled (a million enrolled workers' streams and documents at full size), settled after the scan, for
/// workers drawn at random, and each transaction is rolled back, so that the database the bench leaves is the import's:
/// the commit's flush is not counted.
/// </summary>
internal static class DatabaseFloor
{
    private const string Schema = StoreSetup.SchemaName;

    /// <returns>
    /// The credits, the seconds, and PostgreSQL's CPU seconds meanwhile: all its processes on this machine (the WAL
    /// writer's and checkpointer's flushing too), and the one backend that ran the statements (null where /proc is
    /// not).
    /// </returns>
    public static async Task<(
        int Credits,
        double Seconds,
        double? DatabaseCpuSeconds,
        double? BackendCpuSeconds
    )> RunAsync(NpgsqlDataSource database, int credits)
    {
        var deposit = await SampleAsync(database, "deposit_received");
        var payment = await SampleAsync(database, "payment_received");
        var granted = await SampleAsync(database, "coverage_granted");
        var workers = new List<string>(credits);
        await using (
            var command = database.CreateCommand(
                $"select id from {Schema}.mt_doc_workercoverage order by random() limit $1"
            )
        )
        {
            command.Parameters.AddWithValue(credits);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                workers.Add(reader.GetString(0));
        }

        await using var connection = await database.OpenConnectionAsync();
        int backend;
        await using (var pid = new NpgsqlCommand("select pg_backend_pid()", connection))
            backend = (int)(await pid.ExecuteScalarAsync())!;
        var cpuBefore = PostgresCpuSeconds();
        var backendBefore = PostgresCpuSeconds(backend);
        var watch = Stopwatch.StartNew();
        foreach (var batch in workers.Chunk(1000))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var coverage = new Dictionary<string, string>(batch.Length);
            await using (
                var read = Command(
                    connection,
                    $"select id, data from {Schema}.mt_doc_workercoverage where id = any($1)",
                    (batch, NpgsqlDbType.Varchar)
                )
            )
            await using (var reader = await read.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    coverage[reader.GetString(0)] = reader.GetString(1);

            await Execute(
                connection,
                $"insert into {Schema}.mt_doc_deposit (id, data, mt_version, mt_dotnet_type, mt_last_modified) "
                    + $"select u.id, u.data, 1, '{typeof(Deposit).FullName}', transaction_timestamp() from "
                    + "unnest($1, $2) as u(id, data)",
                (batch.Select(nss => $"floor:{nss}").ToArray(), NpgsqlDbType.Varchar),
                (batch.Select(_ => deposit).ToArray(), NpgsqlDbType.Jsonb)
            );

            var versions = new Dictionary<string, long>(batch.Length);
            await using (
                var update = Command(
                    connection,
                    $"update {Schema}.mt_streams as s set version = s.version + 2, timestamp = now() from unnest($1) "
                        + "as u(id) where s.id = u.id returning s.id, s.version",
                    (batch, NpgsqlDbType.Varchar)
                )
            )
            await using (var reader = await update.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    versions[reader.GetString(0)] = reader.GetInt64(1);

            var events = batch
                .SelectMany(nss =>
                    new[]
                    {
                        (
                            Stream: nss,
                            Version: versions[nss] - 1,
                            Data: payment,
                            Type: "payment_received",
                            DotNet: DotNetName<PaymentReceived>()
                        ),
                        (
                            Stream: nss,
                            Version: versions[nss],
                            Data: granted,
                            Type: "coverage_granted",
                            DotNet: DotNetName<CoverageGranted>()
                        ),
                    }
                )
                .ToArray();
            await Execute(
                connection,
                $"insert into {Schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, "
                    + $"mt_dotnet_type, is_archived) select nextval('{Schema}.mt_events_sequence'), u.id, "
                    + "u.stream_id, u.version, u.data, u.type, now(), '*DEFAULT*', u.dotnet_type, false from "
                    + "unnest($1, $2, $3, $4, $5, $6) as u(id, stream_id, version, data, type, dotnet_type)",
                (events.Select(_ => Guid.CreateVersion7()).ToArray(), NpgsqlDbType.Uuid),
                (events.Select(e => e.Stream).ToArray(), NpgsqlDbType.Varchar),
                (events.Select(e => e.Version).ToArray(), NpgsqlDbType.Bigint),
                (events.Select(e => e.Data).ToArray(), NpgsqlDbType.Jsonb),
                (events.Select(e => e.Type).ToArray(), NpgsqlDbType.Varchar),
                (events.Select(e => e.DotNet).ToArray(), NpgsqlDbType.Varchar)
            );

            await Execute(
                connection,
                $"insert into {Schema}.mt_doc_workercoverage (id, data, mt_version, mt_dotnet_type, "
                    + $"mt_last_modified) select u.id, u.data, u.version, '{typeof(WorkerCoverage).FullName}', "
                    + "transaction_timestamp() from unnest($1, $2, $3) as u(id, data, version) on conflict (id) do "
                    + "update set data = excluded.data, mt_version = excluded.mt_version, mt_last_modified = "
                    + "excluded.mt_last_modified",
                (coverage.Keys.ToArray(), NpgsqlDbType.Varchar),
                (coverage.Values.ToArray(), NpgsqlDbType.Jsonb),
                (coverage.Keys.Select(nss => versions[nss]).ToArray(), NpgsqlDbType.Bigint)
            );
            await transaction.RollbackAsync();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        return (workers.Count, seconds, PostgresCpuSeconds() - cpuBefore, PostgresCpuSeconds(backend) - backendBefore);
    }

    /// <summary>
    /// The CPU time of every process named postgres on this machine (the bench runs beside its database), or of one:
    /// user and system, from /proc/[pid]/stat in clock ticks of 10 ms. A backend that exits meanwhile takes its time
    /// with it; this one does not.
    /// </summary>
    private static double? PostgresCpuSeconds(int? only = null)
    {
        if (!Directory.Exists("/proc"))
            return null;
        long ticks = 0;
        foreach (var directory in only is { } pid ? [$"/proc/{pid}"] : Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres"))
                    continue;
                var fields = stat[(close + 2)..].Split(' '); // from the state, the third field of the line
                ticks += long.Parse(fields[11]) + long.Parse(fields[12]); // utime and stime, the 14th and 15th
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process, or one that ended while being read.
            }
        }
        return ticks / 100.0;
    }

    /// <summary>The .NET type name Marten records with an event (its mt_dotnet_type column).</summary>
    private static string DotNetName<T>() => $"{typeof(T).FullName}, {typeof(T).Assembly.GetName().Name}";

    /// <summary>One event of the kind as the import wrote it (its JSON as stored), the payload of every row of that
    /// kind.</summary>
    private static async Task<string> SampleAsync(NpgsqlDataSource database, string type)
    {
        await using var command = database.CreateCommand(
            $"select data::text from {Schema}.mt_events where type = $1 limit 1"
        );
        command.Parameters.AddWithValue(type);
        return (string?)await command.ExecuteScalarAsync()
            ?? throw new InvalidOperationException($"the import wrote no {type} event to sample");
    }

    private static NpgsqlCommand Command(
        NpgsqlConnection connection,
        string sql,
        params (object Values, NpgsqlDbType Type)[] arrays
    )
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (values, type) in arrays)
            command.Parameters.Add(new NpgsqlParameter { Value = values, NpgsqlDbType = NpgsqlDbType.Array | type });
        return command;
    }

    private static async Task Execute(
        NpgsqlConnection connection,
        string sql,
        params (object Values, NpgsqlDbType Type)[] arrays
    )
    {
        await using var command = Command(connection, sql, arrays);
        await command.ExecuteNonQueryAsync();
    }
}
