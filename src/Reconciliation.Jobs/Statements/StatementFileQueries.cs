using Marten;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Files by status, read as the document stores it (<c>received</c>, <c>importing</c>, ...: the names of
/// <see cref="StatementFileStatus"/> in JSON), newest first.
/// </summary>
public static class StatementFileQueries
{
    public static readonly StatementFileStatus[] Open = [StatementFileStatus.Received, StatementFileStatus.Importing];

    public static string JsonName(StatementFileStatus status) =>
        System.Text.Json.JsonSerializer.Serialize(status).Trim('"');

    public static async Task<IReadOnlyList<StatementFile>> WithStatusAsync(this IQuerySession session, IEnumerable<StatementFileStatus> statuses,
        CancellationToken ct, int skip = 0, int take = int.MaxValue)
    {
        var names = statuses.Select(JsonName).ToArray();
        return await session.QueryAsync<StatementFile>(
            "where data ->> 'status' = any(?) order by data ->> 'receivedAt' desc, id offset ? limit ?", ct, names, skip, take == int.MaxValue ? (object)DBNull.Value : take);
    }

    /// <summary>How many files are not finished (received, or importing), and the oldest of them's reception.</summary>
    public static async Task<(int Count, DateTimeOffset? OldestReceivedAt)> OpenCountAsync(this IQuerySession session, CancellationToken ct)
    {
        var open = await session.WithStatusAsync(Open, ct);
        return (open.Count, open.Count == 0 ? null : open.Min(f => f.ReceivedAt));
    }
}
