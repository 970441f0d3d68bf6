using Marten;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Matching;

/// <summary>
/// Matches unmatched deposits in batches, each in its own transaction with its events (Wolverine's
/// Marten transaction), then asks for the file's reversals to be applied.
/// </summary>
public static class MatchDepositsHandler
{
    public const int BatchSize = 2000;

    /// <summary>The next unmatched deposits, in value-date order (of a file, when given): read from an index, not by sorting the file.</summary>
    public static IQueryable<Deposit> NextBatch(IQuerySession session, Guid? statementFileId)
    {
        var query = session.Query<Deposit>().Where(d => d.Status == DepositStatus.Unmatched);
        if (statementFileId is { } fileId)
            query = query.Where(d => d.StatementFileId == fileId);
        return query.OrderBy(d => d.ValueDate).ThenBy(d => d.Position).Take(BatchSize);
    }

    public static async Task<object[]> Handle(MatchDeposits message, IDocumentSession session, DepositMatching matching, CancellationToken ct)
    {
        var deposits = await NextBatch(session, message.StatementFileId).ToListAsync(ct);
        await matching.MatchAsync(session, deposits, ct);
        if (deposits.Count == BatchSize)
            return [message]; // more to do: the next batch in its own transaction
        return message.StatementFileId is { } file ? [new ApplyReversals(file)] : [];
    }
}
