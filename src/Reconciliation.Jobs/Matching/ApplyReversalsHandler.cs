using Marten;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Jobs.Matching;

/// <summary>
/// Runs after the file's matching has committed (its own transaction), so that a reversal in the same
/// file as its deposit finds the deposit already matched to its worker.
/// </summary>
public static class ApplyReversalsHandler
{
    public static async Task Handle(
        ApplyReversals message,
        IDocumentSession session,
        IDocumentStore store,
        ReversalMatching reversals,
        CancellationToken ct
    )
    {
        var batch = new EventStoreBatch(store);
        await reversals.ApplyAsync(session, batch, message.StatementFileId, ct);
        batch.QueueIn(session);
    }
}
