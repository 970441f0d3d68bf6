using Marten;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Statements;

/// <summary>What an upload or a retry answers: the import's result when it ends within the wait, else 202 with where to
/// look.</summary>
internal static class ImportAnswers
{
    /// <summary>
    /// Waits up to <see cref="StatementsSettings.UploadWait"/> for the attempt at <paramref name="file"/> that was just
    /// asked for: its report when it ends within that time (201, or 422 when refused), else 202 with where to read it.
    /// </summary>
    internal static async Task<IResult> AwaitImportAsync(
        StatementFile file,
        ImportSignals signals,
        IDocumentStore store,
        StatementsSettings settings,
        CancellationToken ct
    )
    {
        var ended = await WaitForEndAsync(file, signals, store, settings, ct);
        if (ended is not null)
            return await AnswerAsync(ended, store, ct);
        await using var session = store.QuerySession();
        var now = await session.LoadAsync<StatementFile>(file.Id, ct) ?? file;
        return Results.Accepted(
            $"/api/statements/{file.Id}",
            await ResponseAsync(
                session,
                now,
                null,
                $"Received and stored; the import goes on in the background. Read GET /api/statements/{file.Id} for "
                    + "its report."
            )
        );
    }

    /// <summary>The attempt at <paramref name="file"/> just asked for, once it ends within
    /// <see cref="StatementsSettings.UploadWait"/>; null when it goes on longer.</summary>
    internal static Task<StatementImportResult?> WaitForEndAsync(
        StatementFile file,
        ImportSignals signals,
        IDocumentStore store,
        StatementsSettings settings,
        CancellationToken ct
    ) => signals.WaitAsync(file.Id, settings.UploadWait, () => EndedAsync(store, file.Id, file.Attempts, ct), ct);

    /// <summary>The file's import as the database has it, when an attempt after the <paramref name="attemptsBefore"/>
    /// first has ended.</summary>
    private static async Task<StatementImportResult?> EndedAsync(
        IDocumentStore store,
        Guid id,
        int attemptsBefore,
        CancellationToken ct
    )
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StatementFile>(id, ct) switch
        {
            { Status: StatementFileStatus.Imported } f => new StatementImportResult(
                f,
                ImportOutcome.Imported,
                "Imported."
            ),
            { Status: StatementFileStatus.ImportedWithErrors } f => new StatementImportResult(
                f,
                ImportOutcome.ImportedWithErrors,
                $"Imported; {f.Report.Errors} problem(s) are listed in the report."
            ),
            { Status: StatementFileStatus.Failed } f when f.Attempts > attemptsBefore => new StatementImportResult(
                f,
                ImportOutcome.Failed,
                $"The file cannot be imported: {f.LastError}"
            ),
            _ => null,
        };
    }

    internal static async Task<StatementFileResponse> ResponseAsync(
        IQuerySession session,
        StatementFile file,
        ImportOutcome? outcome,
        string? message
    )
    {
        file.Report.Statements = await StatementRecord.OfFileAsync(session, file, CancellationToken.None);
        return StatementFileResponse.From(file, outcome, message);
    }

    internal static async Task<IResult> AnswerAsync(
        StatementImportResult result,
        IDocumentStore store,
        CancellationToken ct
    )
    {
        StatementFileResponse body;
        await using (var session = store.QuerySession())
            body = await ResponseAsync(session, result.File, result.Outcome, result.Message);
        return result.Outcome switch
        {
            ImportOutcome.Imported or ImportOutcome.ImportedWithErrors => Results.Created(
                $"/api/statements/{result.File.Id}",
                body
            ),
            ImportOutcome.AlreadyImported => Results.Ok(body),
            ImportOutcome.InProgress => Problems.Result(Problems.Conflict(result.Message)),
            _ => Results.Problem(
                new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "The statement file cannot be read",
                    Detail = result.Message,
                    Extensions =
                    {
                        ["statementFileId"] = result.File.Id,
                        ["report"] = $"/api/statements/{result.File.Id}",
                        ["problems"] = result.File.Report.Problems,
                    },
                }
            ),
        };
    }
}
