using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Closing;

/// <summary>
/// <c>POST /api/exceptions/{id}/close</c>: an operator handled a reversal or an unconfirmed credit outside the system
/// (with the bank): the item is closed, with why; no money moves.
/// </summary>
public static class CloseEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/close",
        OperationId = "CloseException",
        Summary = "Close a reversal or unconfirmed item",
        Description = "Body { \"reason\" }. Records that the item was handled outside the system; nothing is paid, "
            + "held or taken back."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(request, out _) is { } invalid)
            return invalid;
        var (item, refusal) = await ExceptionDecisions.LoadAsync(session, id, ct);
        if (refusal is not null)
            return refusal;
        if (item!.Kind is not (ExceptionKind.Reversal or ExceptionKind.Unconfirmed))
            return Problems.Result(Problems.Conflict(new Phrase("only-closable", new Word(item.Kind.Name()))));
        if (ExceptionDecisions.Decided(item) is { } decided)
            return decided;
        return ExceptionDecisions.Resolve(session, item, "close", ExceptionDecisions.By(http, request, clock), clock);
    }
}
