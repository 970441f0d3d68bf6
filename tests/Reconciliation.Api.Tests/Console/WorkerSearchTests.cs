using Marten;
using Marten.Linq;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Web.Pages;

namespace Reconciliation.Api.Tests.Console;

/// <summary>The console's worker search is served by indexes: a name by its trigrams, a CURP or RFC by theirs; no
/// search reads every worker.</summary>
public sealed class WorkerSearchTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("garcía lóp", "mt_doc_worker_idx_name_trigrams")]
    [InlineData("hegg560427mvzrrl04", "mt_doc_worker_idx_curp")]
    public async Task A_search_is_served_by_an_index(string searched, string index)
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var query = WorkerModel.Search(session, searched).ToCommand(FetchType.FetchMany);
        await using var connection = await app
            .Host.Services.GetRequiredService<NpgsqlDataSource>()
            .OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // The test database is small, so reading every row is cheap; forbidding it shows whether an index can serve.
        await using (var noSeqScan = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction))
            await noSeqScan.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + query.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in query.Parameters)
            explain.Parameters.Add(parameter.Clone());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));

        var text = string.Join("\n", plan);
        Assert.Contains(index, text);
        Assert.DoesNotContain("Seq Scan on mt_doc_worker", text);
    }
}
