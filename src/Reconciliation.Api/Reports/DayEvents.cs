using Marten;
using Marten.Events;
using Npgsql;
using Reconciliation.Domain.Coverage;

namespace Reconciliation.Api.Reports;

/// <summary>
/// The daily report's figures from the events of a day, counted and summed in the database: a heavy day holds a hundred
/// thousand of them, and none is loaded. Each query names the event by its stored type and reads its JSON fields.
/// </summary>
internal sealed class DayEvents(
    NpgsqlDataSource database,
    IDocumentStore store,
    DateOnly day,
    DateTimeOffset start,
    DateTimeOffset end
)
{
    private readonly EventGraph _events = (EventGraph)((StoreOptions)store.Options).Events;
    private string Table => $"{_events.DatabaseSchemaName}.mt_events";

    /// <summary>Flags raised on the day, by kind.</summary>
    public async Task<Dictionary<string, int>> FlagsAsync(CancellationToken ct)
    {
        await using var command = Command<PaymentFlagged>(
            "select data ->> 'kind', count(*)",
            "data ->> 'on' = $1",
            "group by 1"
        );
        await using var reader = await command.ExecuteReaderAsync(ct);
        var flags = new Dictionary<string, int>();
        while (await reader.ReadAsync(ct))
            flags[reader.GetString(0)] = checked((int)reader.GetInt64(1));
        return flags;
    }

    /// <summary>How many events of a kind match <paramref name="where"/> ($1 the day, $2 and $3 its start and end), and
    /// their amounts.</summary>
    public async Task<DailyReportCount> CountAsync<TEvent>(string where, CancellationToken ct)
    {
        await using var command = Command<TEvent>(
            "select count(*), coalesce(sum((data ->> 'amount')::numeric), 0)",
            where
        );
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new DailyReportCount(checked((int)reader.GetInt64(0)), reader.GetDecimal(1));
    }

    private NpgsqlCommand Command<TEvent>(string select, string where, string rest = "")
    {
        var command = database.CreateCommand($"{select} from {Table} where type = $4 and {where} {rest}");
        command.Parameters.Add(new NpgsqlParameter { Value = day.ToString("yyyy-MM-dd") });
        command.Parameters.Add(new NpgsqlParameter { Value = start.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = end.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = _events.EventMappingFor(typeof(TEvent)).EventTypeName });
        return command;
    }
}
