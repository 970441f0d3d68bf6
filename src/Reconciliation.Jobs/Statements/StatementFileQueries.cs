using Marten;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Files by status, read as the document stores it (<c>received</c>, <c>importing</c>, ...: the names of
/// <see cref="StatementFileStatus"/> in JSON), newest first.
/// </summary>
public static class StatementFileQueries
{
    public static readonly StatementFileStatus[] Open = [StatementFileStatus.Received, StatementFileStatus.Importing];

    public static string JsonName(StatementFileStatus status) => Domain.JsonNames.Of(status);

    public static async Task<IReadOnlyList<StatementFile>> WithStatusAsync(
        this IQuerySession session,
        IEnumerable<StatementFileStatus> statuses,
        CancellationToken ct,
        int skip = 0,
        int take = int.MaxValue
    )
    {
        var names = statuses.Select(JsonName).ToArray();
        return await session.QueryAsync<StatementFile>(
            "where data ->> 'status' = any(?) order by data ->> 'receivedAt' desc, id offset ? limit ?",
            ct,
            names,
            skip,
            take == int.MaxValue ? (object)DBNull.Value : take
        );
    }

    /// <summary>How many files have each of <paramref name="statuses"/>, counted in the database (no document
    /// read).</summary>
    public static async Task<long> CountAsync(
        this IQuerySession session,
        IEnumerable<StatementFileStatus> statuses,
        CancellationToken ct
    ) =>
        (
            await session.AdvancedSql.QueryAsync<long>(
                $"select count(*) from {session.DocumentStore.Options.Schema.For<StatementFile>()} where data ->> "
                    + "'status' = any(?)",
                ct,
                [statuses.Select(JsonName).ToArray()]
            )
        ).Single(); // one parameter, the array (not one per status)
}
