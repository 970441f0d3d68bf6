using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Statements;
using Wolverine;
using Wolverine.Http;

namespace Reconciliation.Api.Statements;

/// <summary><c>POST /api/statements/{id}/retry</c>: a file that stopped or failed imported again from its
/// checkpoint.</summary>
public static class RetryEndpoint
{
    [WolverinePost(
        "/api/statements/{id}/retry",
        OperationId = "RetryStatement",
        Summary = "Retry a file",
        Description = "Imports a failed or interrupted file again from the store (a crashed import resumes where it "
            + "stopped). A file already imported is left as it is."
    )]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Retry(
        Guid id,
        HttpContext http,
        IDocumentStore store,
        IMessageBus bus,
        ImportSignals signals,
        StatementsSettings settings,
        CancellationToken ct
    )
    {
        StatementFile? file;
        await using (var session = store.QuerySession())
            file = await session.LoadAsync<StatementFile>(id, ct);
        if (file is null)
            return Problems.Result(Problems.NotFound($"No statement file {id}."));
        if (file.Status is StatementFileStatus.Imported or StatementFileStatus.ImportedWithErrors)
            return await ImportAnswers.AnswerAsync(
                new StatementImportResult(
                    file,
                    ImportOutcome.AlreadyImported,
                    "The file is already imported: nothing changed."
                ),
                store,
                ct
            );
        // Run in the background like an upload's import, and waited for as long.
        await bus.PublishAsync(new ImportStatement(id, $"retry by {http.User.Identity?.Name}"));
        return await ImportAnswers.AwaitImportAsync(file, signals, store, settings, ct);
    }
}
