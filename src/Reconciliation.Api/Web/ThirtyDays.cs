using Marten;
using Marten.Events;
using Npgsql;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Api.Web;

/// <summary>One day of the Today page's chart: credits by what became of them (by value date).</summary>
public sealed record ChartDay(DateOnly Day, int Matched, int Suspense, int Held, int Reversed)
{
    public int Total => Matched + Suspense + Held + Reversed;
}

/// <summary>
/// The last 30 days' credits, counted in the database (nothing loaded): deposits matched and in suspense by their value
/// date, lots of credit held by the day they were held, deposits the bank took back by the day it did.
/// </summary>
public static class ThirtyDays
{
    public static async Task<IReadOnlyList<ChartDay>> ReadAsync(
        NpgsqlDataSource database,
        IDocumentStore store,
        DateOnly today,
        CancellationToken ct
    )
    {
        var first = today.AddDays(-29);
        var events = (EventGraph)((StoreOptions)store.Options).Events;
        var deposits = store.Options.Schema.For<Deposit>();
        var counts = new Dictionary<(string Day, string Series), int>();
        async Task CountAsync(string sql, params object[] values)
        {
            await using var command = database.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = first.ToString("yyyy-MM-dd") });
            foreach (var value in values)
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                counts[(reader.GetString(0), reader.GetString(1))] = checked((int)reader.GetInt64(2));
        }
        await CountAsync(
            $"select data ->> 'valueDate', data ->> 'status', count(*) from {deposits} "
                + "where data ->> 'valueDate' >= $1 and data ->> 'status' in ('matched', 'suspense') group by 1, 2"
        );
        var table = $"{events.DatabaseSchemaName}.mt_events";
        await CountAsync(
            $"select coalesce(data ->> 'heldOn', data ->> 'valueDate'), 'held', count(*) from {table} where type = $2 "
                + "and coalesce(data ->> 'heldOn', data ->> 'valueDate') >= $1 group by 1",
            events.EventMappingFor(typeof(CreditHeld)).EventTypeName
        );
        await CountAsync(
            $"select data ->> 'returnedOn', 'reversed', count(*) from {table} where type = $2 "
                + "and data ->> 'returnedOn' >= $1 group by 1",
            events.EventMappingFor(typeof(DepositReturned)).EventTypeName
        );
        int Of(DateOnly day, string series) => counts.GetValueOrDefault((day.ToString("yyyy-MM-dd"), series));
        return Enumerable
            .Range(0, 30)
            .Select(i => first.AddDays(i))
            .Select(d => new ChartDay(d, Of(d, "matched"), Of(d, "suspense"), Of(d, "held"), Of(d, "reversed")))
            .ToList();
    }
}
