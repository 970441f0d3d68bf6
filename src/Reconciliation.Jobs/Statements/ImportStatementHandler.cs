using Microsoft.Extensions.Logging;
using Wolverine.Attributes;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// The background import of an upload (<see cref="ImportStatement"/>, from the durable outbox). It runs on its own,
/// never on the request's cancellation: a client that goes away changes nothing. A run that stops on an error is
/// recorded on the file and left to the sweeper, which resumes it from its checkpoint.
/// </summary>
public static class ImportStatementHandler
{
    // A file of a million lines takes minutes; Wolverine's default execution timeout would cut it off.
    [MessageTimeout(24 * 60 * 60)]
    public static async Task Handle(
        ImportStatement message,
        StatementImporter importer,
        ILogger<ImportStatement> logger,
        CancellationToken ct
    )
    {
        try
        {
            var result = await importer.RunAsync(message.StatementFileId, message.By ?? "upload", ct);
            if (result.Outcome == ImportOutcome.InProgress)
                logger.LogInformation(
                    "Statement file {StatementFileId}: another process is importing it",
                    message.StatementFileId
                );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Already logged and recorded on the file by the importer; retrying here would only race the sweeper.
            logger.LogWarning(
                "Statement file {StatementFileId}: the background import stopped ({Error}); the sweeper resumes it",
                message.StatementFileId,
                e.Message
            );
        }
    }
}
