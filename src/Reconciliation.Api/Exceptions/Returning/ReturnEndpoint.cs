using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Matching;
using Reconciliation.Jobs.Statements;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Returning;

/// <summary>
/// <c>POST /api/exceptions/{id}/return</c>: an operator names the deposit a reversal item takes back (the rule could
/// not be sure: several deposits carry its reference, or none is named by it). The deposit is taken back as the rule
/// would have.
/// </summary>
public static class ReturnEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/return",
        OperationId = "ReturnException",
        Summary = "Name the deposit a reversal takes back",
        Description = "Body { \"reason\", \"depositId\" }. The deposit must be of the reversal's amount and not "
            + "taken back already."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string id,
        ReturnRequest request,
        HttpContext http,
        IDocumentSession session,
        IDocumentStore store,
        ReversalMatching reversals,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var decision = new DecisionRequest(request.Reason);
        if (ExceptionDecisions.Invalid(decision, out _) is { } invalid)
            return invalid;
        if (string.IsNullOrWhiteSpace(request.DepositId))
            return Problems.Result(Problems.Validation("depositId", new Phrase("name-returned-deposit")));
        var (item, refusal) = await ExceptionDecisions.LoadAsync(session, id, ct);
        if (refusal is not null)
            return refusal;
        if (item!.Kind != ExceptionKind.Reversal)
            return Problems.Result(Problems.Conflict(ExceptionDecisions.WrongKind(new Phrase("only-reversal"), item)));
        if (ExceptionDecisions.Decided(item) is { } decided)
            return decided;
        var entry = await session.LoadAsync<StatementEntry>(item.Id[(ExceptionKind.Reversal.Name().Length + 1)..], ct);
        var deposit = await session.LoadAsync<Deposit>(request.DepositId, ct);
        if (entry is null || deposit is null)
            return Problems.Result(Problems.Validation("depositId", new Phrase("no-deposit", request.DepositId)));
        if (deposit.Status == DepositStatus.Returned)
            return Problems.Result(
                Problems.Conflict(new Phrase("already-returned", deposit.Id, $"{deposit.ReturnedOn:yyyy-MM-dd}"))
            );
        if (deposit.Amount != entry.Amount)
            return Problems.Result(
                Problems.Conflict(
                    new Phrase("partial-return", deposit.Id, $"{deposit.Amount:N2}", $"{entry.Amount:N2}")
                )
            );

        var batch = new EventStoreBatch(store);
        var raised = new List<ExceptionItem>();
        await reversals.TakeBackAsync(session, batch, [(deposit, entry)], raised, ct);
        batch.QueueIn(session);
        foreach (var other in raised.Where(r => r.Id != item.Id))
            session.Store(other);
        return ExceptionDecisions.Resolve(session, item, "return", ExceptionDecisions.By(http, decision, clock), clock);
    }
}

/// <summary>Body of a return decision: the deposit the reversal takes back, and why.</summary>
public sealed record ReturnRequest(string? Reason, string? DepositId);
