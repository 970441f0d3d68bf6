using Marten;

namespace Reconciliation.Api.Matching;

/// <summary>
/// Runs after the file's matching has committed (its own transaction), so that a reversal in the same
/// file as its deposit finds the deposit already matched to its worker.
/// </summary>
public static class ApplyReversalsHandler
{
    public static Task Handle(ApplyReversals message, IDocumentSession session, ReversalMatching reversals, CancellationToken ct) =>
        reversals.ApplyAsync(session, message.StatementFileId, ct);
}
