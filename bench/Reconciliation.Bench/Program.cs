using System.Text.Json;
using Npgsql;
using Reconciliation.Bench;

// bench [--workers N] [--load-seconds S] [--concurrency C]: see docs/BENCHMARKS.md.
// The server: RECONCILIATION_BENCH_DB (a connection string; ops/bench sets the local cluster's).
var server = Environment.GetEnvironmentVariable("RECONCILIATION_BENCH_DB")
    ?? "Host=127.0.0.1;Port=55432;Database=postgres;Username=reconciliation_scratch";
var configuration = Environment.GetEnvironmentVariable("RECONCILIATION_BENCH_CONFIGURATION") ?? "Release";
var options = BenchOptions.Parse(
    args,
    new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString,
    configuration
);
if (options is null)
{
    Console.Error.WriteLine("usage: bench [--workers N (>= 100)] [--load-seconds S] [--concurrency C] [--rate R]");
    return 2;
}
var bench = new Bench(options, Console.Out);
await bench.RunAsync();
Console.WriteLine("figures: " + JsonSerializer.Serialize(bench.Figures));
return 0;
