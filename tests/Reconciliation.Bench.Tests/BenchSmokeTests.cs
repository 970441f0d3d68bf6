using Npgsql;

namespace Reconciliation.Bench.Tests;

/// <summary>
/// The bench code at a small scale (10,000 workers, 2 s of load), as CI runs it: every step runs and
/// reports a figure. Times are printed, never asserted (docs/BENCHMARKS.md has the figures).
/// </summary>
public sealed class BenchSmokeTests(Xunit.Abstractions.ITestOutputHelper log)
{
    [Fact]
    public async Task The_bench_runs_every_step_at_10000_credits()
    {
        var server = Environment.GetEnvironmentVariable("RECONCILIATION_TEST_DB")
            ?? throw new InvalidOperationException(
                "The bench smoke test needs RECONCILIATION_TEST_DB (ops/test sets it)."
            );
        var options = new BenchOptions(
            10_000,
            LoadSeconds: 2,
            Concurrency: 4,
            new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString,
            Configuration: new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name
        ); // the configuration this test was built in
        var output = new StringWriter();
        var bench = new Bench(options, output);
        await bench.RunAsync();
        log.WriteLine(output.ToString());

        var f = bench.Figures;
        Assert.InRange((int)f["statement_lines"], 10_000, 11_000); // one credit a worker, and the world's extras
        foreach (
            var key in new[]
            {
                "end_to_end_lines_per_second",
                "marten_quick_append_per_second",
                "copy_rows_per_second",
                "api_requests_per_second",
                "npgsql_requests_per_second",
                "api_p99_ms",
                "app_peak_memory_mib",
                "enroll_per_second",
                "scan_seconds",
                "database_floor_credits_per_second",
            }
        )
            Assert.True(
                f.ContainsKey(key) && Convert.ToDouble(f[key]) > 0,
                $"no figure for {key}: {string.Join(", ", f.Keys)}"
            );
        Assert.True(
            f.ContainsKey("api_at_rate_generator_gc_pause_ms"),
            "no figure for the load generator's own GC pauses"
        );
        Assert.Contains("notice(s) scheduled", output.ToString());
    }
}
