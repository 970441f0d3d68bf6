using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;
using Reconciliation.Api.Generator;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Bench;

/// <summary>
/// One bench run on this machine: a world of N workers, the statement of one month (about N
/// credits) from file to coverage, beside the fastest Marten append and a PostgreSQL COPY of as many
/// rows; the coverage query under load, beside the same lookup through Npgsql; the delinquency scan; and the
/// database's work for a credit alone (<see cref="DatabaseFloor"/>).
/// </summary>
public sealed class Bench(BenchOptions options, TextWriter output)
{
    private readonly Dictionary<string, object> _figures = new();

    public IReadOnlyDictionary<string, object> Figures => _figures;

    public async Task RunAsync()
    {
        var database = $"bench_{options.Workers}";
        var work = Directory.CreateTempSubdirectory($"bench-{options.Workers}-").FullName;
        var connectionString = new NpgsqlConnectionStringBuilder(options.ServerConnectionString)
        {
            Database = database,
            MaxPoolSize = 200,
        }.ConnectionString;
        try
        {
            await FreshDatabaseAsync(database);
            Line(
                $"bench: {options.Workers:N0} workers, {Environment.ProcessorCount} cores, database {database}, "
                    + $"application {options.Configuration}"
            );

            // Last month's statement: its payments cover this month, so today the scan finds next month unpaid for
            // almost everyone (reminders, late or lapse notices): the scan's heaviest day, not an easy one.
            var month = MexicoCity.Today(TimeProvider.System).AddMonths(-1).ToString("yyyy-MM");
            var watch = Stopwatch.StartNew();
            if (
                GenerateCommand.Run([
                    "--workers",
                    options.Workers.ToString(),
                    "--months",
                    "1",
                    "--seed",
                    options.Seed.ToString(),
                    "--format",
                    "camt053",
                    "--first-month",
                    month,
                    "--out",
                    work,
                ]) != 0
            )
                throw new InvalidOperationException("generate failed");
            var file = Path.Combine(work, "statements", "camt053", $"{month}.xml");
            var lines = JsonDocument
                .Parse(File.ReadAllText(Path.Combine(work, "world.json")))
                .RootElement.GetProperty("credits")[0]
                .GetProperty("lines")
                .GetInt32();
            Record("generate_seconds", watch.Elapsed.TotalSeconds);
            Record("statement_lines", lines);
            Record("statement_mib", new FileInfo(file).Length / 1048576.0);

            var environment = AppProcess.Environment(connectionString, work);
            watch.Restart();
            var enrolled = await AppProcess.RunCommandAsync(
                options.Configuration,
                environment,
                "enroll-file",
                Path.Combine(work, "workers.jsonl")
            );
            Record("enroll_seconds", watch.Elapsed.TotalSeconds);
            Record("enroll_per_second", options.Workers / watch.Elapsed.TotalSeconds);
            Line($"  {enrolled.LastOrDefault(l => l.Contains("enrolled"))?.Trim()}");
            await SettleAsync(connectionString, "enrollment");

            await using (
                var app = await AppProcess.StartAsync(options.Configuration, environment, 5900 + options.Workers % 97)
            )
            {
                await ImportAndReconcileAsync(app, connectionString, file, lines);
                await SettleAsync(connectionString, "import");
                await QueryLoadAsync(app, connectionString);
            }
            await BaselinesAsync(connectionString, lines);

            watch.Restart();
            var scan = await AppProcess.RunCommandAsync(options.Configuration, environment, "scan");
            Record("scan_seconds", watch.Elapsed.TotalSeconds);
            Line(
                $"  {scan.LastOrDefault(l => l.Contains("delinquency scan"))?.Trim()} (whole command "
                    + $"{watch.Elapsed.TotalSeconds:0.0} s, start-up included)"
            );

            await SettleAsync(connectionString, "scan");
            await DatabaseFloorAsync(connectionString);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task ImportAndReconcileAsync(AppProcess app, string connectionString, string file, int lines)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromHours(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AppProcess.OperatorKey);
        var watch = Stopwatch.StartNew();
        await using (var stream = File.OpenRead(file))
        {
            var content = new StreamContent(stream, 1 << 16);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Headers.Add("X-File-Name", Path.GetFileName(file));
            var response = await client.PostAsync("/api/statements", content);
            if ((int)response.StatusCode != 201)
                throw new InvalidOperationException(
                    $"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
                );
        }
        var imported = watch.Elapsed.TotalSeconds;
        await using var database = NpgsqlDataSource.Create(connectionString);
        // The deposits are matched in the import's transactions; what may still run is the reversals' message. Polled
        // once a second, so that the poll itself is no load on the database.
        while (
            await ScalarAsync(
                database,
                "select count(*) from reconciliation.wolverine_incoming_envelopes where status <> 'Handled'"
            ) > 0
        )
            await Task.Delay(1000);
        var total = watch.Elapsed.TotalSeconds;
        var matched = await ScalarAsync(
            database,
            "select count(*) from reconciliation.mt_doc_deposit where data->>'status' = 'matched'"
        );
        Record("import_seconds", imported);
        Record("reconcile_seconds", total - imported);
        Record("end_to_end_seconds", total);
        Record("end_to_end_lines_per_second", lines / total);
        Record("app_peak_memory_mib", app.PeakMemoryMiB());
        Line(
            $"  import + reconcile: {lines:N0} lines in {total:0.0} s = {lines / total:N0} lines/s (import "
                + $"{imported:0.0} s, matching and coverage {total - imported:0.0} s); {matched:N0} matched; "
                + $"application peak memory {app.PeakMemoryMiB():N0} MiB"
        );
    }

    /// <summary>
    /// Each phase starts from a database at rest, as in production: the import the night after the workers were
    /// enrolled, the queries the day after a nightly import. The tables vacuumed and analysed and the checkpoint done,
    /// so that PostgreSQL's catching up after a million writes of the phase before is not counted in the next one.
    /// </summary>
    private async Task SettleAsync(string connectionString, string after)
    {
        var watch = Stopwatch.StartNew();
        await using var database = NpgsqlDataSource.Create(connectionString);
        // The whole database: a table left to autovacuum (the events, the deposits) is vacuumed during the query load
        // otherwise.
        foreach (var sql in new[] { "vacuum (analyze)", "checkpoint" })
        {
            await using var command = database.CreateCommand(sql);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }
        Record($"settle_after_{after}_seconds", watch.Elapsed.TotalSeconds);
        Line(
            $"  settled after the {after} (vacuum analyze of the database, checkpoint) in "
                + $"{watch.Elapsed.TotalSeconds:0.0} s"
        );
    }

    private async Task BaselinesAsync(string connectionString, int lines)
    {
        // Marten's fastest path: events to new streams, Quick append, no projection, no logic.
        await using (
            var store = DocumentStore.For(o =>
            {
                o.Connection(connectionString);
                o.DatabaseSchemaName = "bench_raw";
                o.Events.StreamIdentity = StreamIdentity.AsString;
                o.Events.AppendMode = EventAppendMode.Quick;
            })
        )
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var watch = Stopwatch.StartNew();
            for (var start = 0; start < lines; start += 1000)
            {
                await using var session = store.LightweightSession();
                for (var i = start; i < Math.Min(lines, start + 1000); i++)
                    session.Events.StartStream(
                        $"raw:{i}",
                        new RawCredit($"raw:{i}", 1905.82m, "2026-02-10", $"GEN{i:D19}", "PAGO IMSS 12345678903 MARZO")
                    );
                await session.SaveChangesAsync();
            }
            Record("marten_quick_append_per_second", lines / watch.Elapsed.TotalSeconds);
            Line(
                $"  Marten quick append, no logic: {lines:N0} events in {watch.Elapsed.TotalSeconds:0.0} s = "
                    + $"{lines / watch.Elapsed.TotalSeconds:N0} events/s"
            );
        }

        await using var database = NpgsqlDataSource.Create(connectionString);
        await using (
            var create = database.CreateCommand(
                "create unlogged table if not exists bench_raw.copied (id text primary key, data jsonb not null)"
            )
        )
            await create.ExecuteNonQueryAsync();
        var copyWatch = Stopwatch.StartNew();
        await using (var connection = await database.OpenConnectionAsync())
        await using (
            var copy = await connection.BeginBinaryImportAsync(
                "copy bench_raw.copied (id, data) from stdin (format binary)"
            )
        )
        {
            for (var i = 0; i < lines; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync($"copy:{i}", NpgsqlDbType.Text);
                await copy.WriteAsync(
                    JsonSerializer.Serialize(
                        new RawCredit($"copy:{i}", 1905.82m, "2026-02-10", $"GEN{i:D19}", "PAGO IMSS 12345678903 MARZO")
                    ),
                    NpgsqlDbType.Jsonb
                );
            }
            await copy.CompleteAsync();
        }
        Record("copy_rows_per_second", lines / copyWatch.Elapsed.TotalSeconds);
        Line(
            $"  PostgreSQL COPY: {lines:N0} rows in {copyWatch.Elapsed.TotalSeconds:0.0} s = "
                + $"{lines / copyWatch.Elapsed.TotalSeconds:N0} rows/s"
        );
        var ours = (double)_figures["end_to_end_lines_per_second"];
        Line(
            "  ratios: end to end / Marten append = "
                + $"{ours / (double)_figures["marten_quick_append_per_second"]:0.00}; end to end / COPY = "
                + $"{ours / (double)_figures["copy_rows_per_second"]:0.000}"
        );
    }

    /// <summary>Last, since it writes (and rolls back) in the tables the scan reads: see
    /// <see cref="DatabaseFloor"/>.</summary>
    private async Task DatabaseFloorAsync(string connectionString)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        var (credits, seconds, cpu, backend) = await DatabaseFloor.RunAsync(
            database,
            Math.Min(options.Workers, 100_000)
        );
        var floor = credits / seconds;
        Record("database_floor_credits_per_second", floor);
        if (cpu is { } cpuSeconds)
            Record("database_floor_cpu_us_per_credit", cpuSeconds / credits * 1e6);
        if (backend is { } backendSeconds)
            Record("database_floor_backend_cpu_us_per_credit", backendSeconds / credits * 1e6);
        Line(
            "  the database alone, the fewest rows of an event-sourced credit (deposit document, two events, stream "
                + $"version, coverage document read and written), set-based, no application: {credits:N0} credits in "
                + $"{seconds:0.0} s = {floor:N0} credits/s"
                + (
                    cpu is { } c
                        ? $", PostgreSQL's CPU {c / credits * 1e6:N0} µs a credit, {backend / credits * 1e6:N0} of "
                            + $"them its backend's (at 10,000 credits/s, {c / credits * 10_000:0.00} of this "
                            + $"machine's {Environment.ProcessorCount} cores)"
                        : ""
                )
                + $"; end to end / that = {(double)_figures["end_to_end_lines_per_second"] / floor:0.00}"
        );
    }

    private async Task QueryLoadAsync(AppProcess app, string connectionString)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        var ids = new List<string>();
        await using (
            var command = database.CreateCommand(
                "select id from reconciliation.mt_doc_workercoverage order by random() limit 10000"
            )
        )
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                ids.Add(reader.GetString(0));

        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AppProcess.ReaderKey);
        var api = await LoadAsync(
            async (nss, ct) =>
            {
                using var response = await client.GetAsync($"/api/workers/{nss}/coverage", ct);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"coverage answered {(int)response.StatusCode}");
                await response.Content.ReadAsByteArrayAsync(ct);
            },
            ids
        );
        Report("api", "GET /api/workers/{nss}/coverage", api);
        var apiAtRate = await LoadAsync(
            async (nss, ct) =>
            {
                using var response = await client.GetAsync($"/api/workers/{nss}/coverage", ct);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"coverage answered {(int)response.StatusCode}");
                await response.Content.ReadAsByteArrayAsync(ct);
            },
            ids,
            options.Rate
        );
        Report("api_at_rate", $"GET /api/workers/{{nss}}/coverage at {options.Rate:N0}/s", apiAtRate);

        var direct = await LoadAsync(
            async (nss, ct) =>
            {
                await using var command = database.CreateCommand(
                    "select data from reconciliation.mt_doc_workercoverage where id = $1"
                );
                command.Parameters.AddWithValue(nss);
                await command.ExecuteScalarAsync(ct);
            },
            ids
        );
        Report("npgsql", "the same lookup through Npgsql", direct);
        var directAtRate = await LoadAsync(
            async (nss, ct) =>
            {
                await using var command = database.CreateCommand(
                    "select data from reconciliation.mt_doc_workercoverage where id = $1"
                );
                command.Parameters.AddWithValue(nss);
                await command.ExecuteScalarAsync(ct);
            },
            ids,
            options.Rate
        );
        Report("npgsql_at_rate", $"the same lookup through Npgsql at {options.Rate:N0}/s", directAtRate);
        Line($"  ratio: API requests/s / Npgsql lookups/s = {api.PerSecond / direct.PerSecond:0.00}");
    }

    /// <param name="GeneratorPauseMs">How long this process's own garbage collections paused it during the
    /// calls.</param>
    private sealed record LoadResult(
        double PerSecond,
        double P50,
        double P99,
        double P999,
        long Count,
        double GeneratorPauseMs
    );

    /// <summary>
    /// Calls for LoadSeconds from Concurrency workers. With a rate, open loop: call k is due at k/rate
    /// seconds and its latency counts from then (a slow answer delays the next calls, and that wait
    /// counts too); without, each worker calls again as soon as it has its answer (the most it can do).
    /// </summary>
    private async Task<LoadResult> LoadAsync(
        Func<string, CancellationToken, Task> call,
        IReadOnlyList<string> ids,
        double? rate = null
    )
    {
        for (var i = 0; i < Math.Min(200, ids.Count); i++)
            await call(ids[i], CancellationToken.None); // warm-up
        // This process is the load generator: its garbage of the phases before (the generated world) is collected now,
        // so that its own collections pause the calls as little as they can, and what they still pause is reported.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.LoadSeconds));
        var latencies = new List<double>[options.Concurrency];
        var next = -1L;
        var start = Stopwatch.GetTimestamp();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(
            Enumerable
                .Range(0, options.Concurrency)
                .Select(async worker =>
                {
                    var mine = latencies[worker] = new List<double>(100_000);
                    var random = new Random(worker);
                    while (!stop.IsCancellationRequested)
                    {
                        var started = Stopwatch.GetTimestamp();
                        if (rate is { } perSecond)
                        {
                            var due = start + (long)(Interlocked.Increment(ref next) / perSecond * Stopwatch.Frequency);
                            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                            if (wait > TimeSpan.Zero)
                            {
                                try
                                {
                                    await Task.Delay(wait, stop.Token);
                                }
                                catch (OperationCanceledException)
                                {
                                    break;
                                }
                            }
                            started = due;
                        }
                        try
                        {
                            await call(ids[random.Next(ids.Count)], stop.Token);
                        }
                        catch (OperationCanceledException) when (stop.IsCancellationRequested)
                        {
                            break;
                        }
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                })
        );
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new LoadResult(
            all.Length / watch.Elapsed.TotalSeconds,
            At(0.50),
            At(0.99),
            At(0.999),
            all.Length,
            paused.TotalMilliseconds
        );
    }

    private void Report(string key, string what, LoadResult r)
    {
        Record($"{key}_requests_per_second", r.PerSecond);
        Record($"{key}_p50_ms", r.P50);
        Record($"{key}_p99_ms", r.P99);
        Record($"{key}_p999_ms", r.P999);
        Record($"{key}_generator_gc_pause_ms", r.GeneratorPauseMs);
        Line(
            $"  {what}, {options.Concurrency} clients for {options.LoadSeconds} s: {r.PerSecond:N0}/s, p50 "
                + $"{r.P50:0.00} ms, p99 {r.P99:0.00} ms, p99.9 {r.P999:0.00} ms ({r.Count:N0} requests; the load "
                + $"generator's own GC pauses {r.GeneratorPauseMs:0} ms)"
        );
    }

    private async Task FreshDatabaseAsync(string name)
    {
        await using var server = NpgsqlDataSource.Create(options.ServerConnectionString);
        await using (var admin = await server.OpenConnectionAsync())
            await ScratchDatabases.DropAsync(admin, name);
        await using (var create = server.CreateCommand($"create database \"{name}\""))
            await create.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private void Record(string key, object value) => _figures[key] = value;

    private void Line(string text)
    {
        output.WriteLine(text);
        output.Flush();
    }

    private sealed record RawCredit(string Id, decimal Amount, string ValueDate, string TrackingKey, string Concept);
}
