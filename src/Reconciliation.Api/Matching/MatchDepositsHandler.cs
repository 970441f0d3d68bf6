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

    public static async Task<object[]> Handle(MatchDeposits message, IDocumentSession session, DepositMatching matching, CancellationToken ct)
    {
        var query = session.Query<Deposit>().Where(d => d.Status == DepositStatus.Unmatched);
        if (message.StatementFileId is { } fileId)
            query = query.Where(d => d.StatementFileId == fileId);
        var deposits = await query.OrderBy(d => d.ValueDate).ThenBy(d => d.Position).Take(BatchSize).ToListAsync(ct);
        await matching.MatchAsync(session, deposits, ct);
        if (deposits.Count == BatchSize)
            return [message]; // more to do: the next batch in its own transaction
        return message.StatementFileId is { } file ? [new ApplyReversals(file)] : [];
    }
}
