using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Matching;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Assigning;

/// <summary><c>POST /api/exceptions/{id}/assign</c>: a deposit in suspense is the payment of an enrolled
/// worker.</summary>
public static class AssignEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/assign",
        OperationId = "AssignException",
        Summary = "Assign a deposit in suspense to a worker",
        Description = "Body { \"nss\", \"reason\" }. The deposit is applied to the worker as if matched: payment, "
            + "coverage decisions and flags."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        IDocumentStore store,
        DepositMatching matching,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var nss = Nss.TryParse(request.Nss);
        if (!nss.IsValid)
            return Problems.Result(Problems.Validation("nss", new Phrase("nss-invalid", nss.ErrorPhrase)));
        if (ExceptionDecisions.Invalid(request, out _) is { } invalid)
            return invalid;
        var (item, refusal) = await ExceptionDecisions.LoadAsync(session, id, ct);
        if (refusal is not null)
            return refusal;
        if (item!.Kind != ExceptionKind.Suspense)
            return Problems.Result(Problems.Conflict(ExceptionDecisions.WrongKind(new Phrase("only-suspense"), item)));
        if (ExceptionDecisions.Decided(item) is { } decided)
            return decided;
        var worker = nss.Value!.Value.Value;
        // The worker as read here, with its stream version: the payment is appended at that version.
        if (await session.LoadAsync<WorkerCoverage>(worker, ct) is not { } coverage)
            return Problems.Result(Problems.Validation("nss", new Phrase("not-enrolled", worker)));
        var deposit = await session.LoadAsync<Deposit>(item.DepositId!, ct);
        if (deposit is null || deposit.Status != DepositStatus.Suspense)
            return Problems.Result(
                Problems.Conflict(
                    new Phrase("not-in-suspense", new Word(deposit is null ? "gone" : JsonNames.Of(deposit.Status)))
                )
            );

        var by = ExceptionDecisions.By(http, request, clock);
        var batch = new EventStoreBatch(store);
        await matching.ApplyAsync(
            session,
            batch,
            coverage,
            [
                (
                    deposit,
                    new PaymentReceived(
                        coverage.Nss,
                        deposit.Id,
                        deposit.Amount,
                        deposit.ValueDate,
                        deposit.Concept,
                        deposit.TrackingKey,
                        MatchMethod.ByOperator,
                        ReferenceClean: true,
                        by.Operator,
                        by.Reason,
                        deposit.Provisional
                    )
                ),
            ],
            ct
        );
        batch.QueueIn(session);
        return ExceptionDecisions.Resolve(session, item, "assign", by, clock, worker);
    }
}
