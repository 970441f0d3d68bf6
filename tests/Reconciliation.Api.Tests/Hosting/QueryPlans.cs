using Npgsql;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>The plan PostgreSQL makes for a statement, with sequential scans forbidden: a test database is small, so
/// reading every row is cheap and would be chosen; forbidding it shows whether an index can serve at all.</summary>
public static class QueryPlans
{
    public static async Task<string> WithoutSequentialScansAsync(
        NpgsqlDataSource database,
        string statement,
        IEnumerable<NpgsqlParameter> parameters
    )
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var noSeqScan = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction))
            await noSeqScan.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + statement, connection, transaction);
        foreach (var parameter in parameters)
            explain.Parameters.Add(parameter);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        return string.Join("\n", plan);
    }
}
