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
        var text = await QueryPlans.WithoutSequentialScansAsync(
            app.Host.Services.GetRequiredService<NpgsqlDataSource>(),
            query.CommandText,
            query.Parameters.Select(p => p.Clone())
        );

        Assert.Contains(index, text);
        Assert.DoesNotContain("Seq Scan on mt_doc_worker", text);
    }
}
