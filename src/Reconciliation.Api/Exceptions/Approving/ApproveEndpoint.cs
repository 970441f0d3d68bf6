using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions.Refunding;
using Reconciliation.Api.Exceptions.Splitting;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Approving;

/// <summary>
/// <c>POST /api/exceptions/{id}/approve</c> and <c>/reject</c>: a second key decides on a requested refund or split.
/// Approved, the decision is taken as requested (who asked, why, the terms), today; if what it is about changed
/// meanwhile, the same 409 as any decision. Rejected, nothing moves and the item is open again.
/// </summary>
public static class ApproveEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/approve",
        OperationId = "ApproveException",
        Summary = "Approve a requested refund or split",
        Description = "Body { \"reason\" }. A key of role approver or admin, not the one that asked."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Approver)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Approve(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        FeeCalculator fees,
        CoveragePolicy policy,
        SecuritySettings security,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (item, refusal) = await PendingAsync(id, request, http, session, ct);
        if (refusal is not null)
            return refusal;
        var pending = item!.Approval!;
        var approval = new Approval(
            pending,
            ExceptionDecisions.OperatorName(http),
            request.Reason!.Trim(),
            clock.GetUtcNow()
        );
        // The decision is the requester's: their name and reason on the worker's stream, the approval beside it.
        var by = new DecisionBy(pending.RequestedBy, pending.Reason, MexicoCity.Today(clock));
        var terms = pending.Terms;
        return pending.Action switch
        {
            "refund" => await RefundEndpoint.DecideAsync(id, by, approval, session, security, clock, ct),
            _ => await SplitEndpoint.DecideAsync(
                id,
                new DecisionRequest(pending.Reason, terms.Nss, terms.Month, terms.Amount, terms.Rest),
                by,
                approval,
                session,
                fees,
                policy,
                security,
                clock,
                ct
            ),
        };
    }

    [WolverinePost(
        "/api/exceptions/{id}/reject",
        OperationId = "RejectException",
        Summary = "Reject a requested refund or split",
        Description = "Body { \"reason\" }. A key of role approver or admin, not the one that asked; nothing moves."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Approver)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Reject(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (item, refusal) = await PendingAsync(id, request, http, session, ct);
        if (refusal is not null)
            return refusal;
        var pending = item!.Approval!;
        if (await session.LoadAsync<Deposit>(item.DepositId!, ct) is not { } deposit)
            return Problems.Result(Problems.Conflict(new Phrase("deposit-not-recorded", item.DepositId)));
        var rejected = new DecisionRejected(
            item.DepositId!,
            item.Id,
            pending.Action,
            pending.RequestedBy,
            ExceptionDecisions.OperatorName(http),
            request.Reason!.Trim(),
            clock.GetUtcNow()
        );
        // At the version read: an approval or rejection committed meanwhile refuses this one (409).
        session.Events.Append(item.DepositId!, deposit.Version + 1, rejected);
        item.Approval = null;
        session.Store(item);
        return Results.Ok(item);
    }

    /// <summary>The item with a request awaiting approval, or why there is none to decide on (400, 404, 409), or 403
    /// when the key is the one that asked.</summary>
    private static async Task<(ExceptionItem? Item, IResult? Refusal)> PendingAsync(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(request, out _) is { } invalid)
            return (null, invalid);
        var (item, refusal) = await ExceptionDecisions.LoadAsync(session, id, ct, approving: true);
        if (refusal is not null)
            return (null, refusal);
        var pending = item!.Approval!;
        var approver = ExceptionDecisions.OperatorName(http);
        if (approver == pending.RequestedBy)
            return (
                null,
                Problems.Result(Problems.Forbidden(new Phrase("own-request", approver, new Word(pending.Action))))
            );
        return (item, null);
    }
}
