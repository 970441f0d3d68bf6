using Marten;
using Marten.Linq;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reconciliation.Api.Matching;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>
/// The matching reads a file's deposits in batches. Without an index in that order each batch scanned
/// and sorted the whole file: quadratic, 2.2 s a batch at a million deposits (docs/BENCHMARKS.md).
/// </summary>
public sealed class MatchingQueryTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_files_next_batch_is_read_in_order_from_an_index_without_sorting_the_file()
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var command = MatchDepositsHandler.NextBatch(session, Guid.NewGuid()).ToCommand(FetchType.FetchMany);

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        // The table of a test is small: forbid the sequential scan to see whether the index can serve the query at all.
        await using (var off = new NpgsqlCommand("set enable_seqscan = off", connection)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + command.CommandText, connection);
        foreach (NpgsqlParameter p in command.Parameters) explain.Parameters.Add(p.Clone());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));

        var text = string.Join("\n", plan);
        Assert.Contains("idx_statement_file_idstatusvalue_dateposition", text);
        Assert.DoesNotContain("Sort", text);
    }
}
