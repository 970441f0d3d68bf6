using Marten;
using Reconciliation.Api.Exceptions;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Matching;

/// <summary>An import finished (published through the durable outbox in the import's last transaction): match its deposits.</summary>
public static class StatementImportedHandler
{
    public static MatchDeposits Handle(StatementImported message) => new(message.StatementFileId);
}
