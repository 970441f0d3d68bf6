using Reconciliation.Jobs.Statements;

namespace Reconciliation.Jobs.Matching;

/// <summary>
/// An import finished (published through the durable outbox in the import's last transaction): its
/// deposits are already matched, batch by batch, so what is left is the file's reversals.
/// </summary>
public static class StatementImportedHandler
{
    public static ApplyReversals Handle(StatementImported message) => new(message.StatementFileId);
}
