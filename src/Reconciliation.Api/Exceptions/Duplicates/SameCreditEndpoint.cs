using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Matching;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Duplicates;

/// <summary>Body of a decision on a possible duplicate: why, and for "same" the deposit it describes again.</summary>
public sealed record DuplicateRequest(string? Reason, string? DepositId = null);

/// <summary>
/// An operator decides a possible duplicate: <c>same</c> — it describes a recorded deposit again, which gets it as a
/// sighting, and nothing is paid; <c>different</c> — it is a credit of its own, matched and paid as any deposit.
/// </summary>
public static class SameCreditEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/same",
        OperationId = "SameCredit",
        Summary = "A possible duplicate is a credit recorded already",
        Description = "Body { \"reason\", \"depositId\" }: the deposit it describes again (one of the item's "
            + "candidates). Nothing is paid."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Same(
        string id,
        DuplicateRequest request,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (item, deposit, refusal) = await HeldAsync(session, id, request, ct);
        if (refusal is not null)
            return refusal;
        if (request.DepositId is not { } originalId || !item!.Candidates.Contains(originalId))
            return Problems.Result(
                Problems.Validation("depositId", new Phrase("name-candidate", string.Join(", ", item!.Candidates)))
            );
        var original = await session.LoadAsync<Deposit>(originalId, ct);
        if (original is null)
            return Problems.Result(Problems.Validation("depositId", new Phrase("no-deposit", originalId)));
        var received = (await session.Events.FetchStreamAsync(deposit!.Id, token: ct))
            .Select(e => e.Data)
            .OfType<DepositReceived>()
            .Single();
        var by = ExceptionDecisions.By(http, new DecisionRequest(request.Reason), clock);
        session.Events.Append(
            deposit.Id,
            deposit.Version + 1,
            new DepositFoundDuplicate(deposit.Id, original.Id, by.Operator, by.Reason, clock.GetUtcNow())
        );
        session.Events.Append(
            original.Id,
            original.Version + 1,
            new DepositSighted(
                original.Id,
                received.StatementFileId,
                received.Position,
                received.Location,
                received.Raw,
                received.TrackingKey,
                received.PayerName,
                received.RunTogether,
                received.PayerAccount
            )
        );
        return ExceptionDecisions.Resolve(session, item, "same", by, clock);
    }

    [WolverinePost(
        "/api/exceptions/{id}/different",
        OperationId = "DifferentCredit",
        Summary = "A possible duplicate is a credit of its own",
        Description = "Body { \"reason\" }. The deposit is matched to its worker (or put in suspense) and paid as "
            + "any deposit."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Different(
        string id,
        DuplicateRequest request,
        HttpContext http,
        IDocumentSession session,
        IDocumentStore store,
        DepositMatching matching,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (item, deposit, refusal) = await HeldAsync(session, id, request, ct);
        if (refusal is not null)
            return refusal;
        var by = ExceptionDecisions.By(http, new DecisionRequest(request.Reason), clock);
        var distinct = new DepositFoundDistinct(deposit!.Id, by.Operator, by.Reason, clock.GetUtcNow());
        var batch = new EventStoreBatch(store);
        batch.Append(deposit.Id, deposit.Version, distinct);
        var unmatched = deposit.With(distinct) with { Version = deposit.Version + 1 };
        batch.Store(deposit.Id, unmatched);
        await matching.MatchAsync(session, batch, [unmatched], ct);
        batch.QueueIn(session);
        return ExceptionDecisions.Resolve(session, item!, "different", by, clock);
    }

    /// <summary>The item and its deposit, still held as a possible duplicate; or why not.</summary>
    private static async Task<(ExceptionItem? Item, Deposit? Deposit, IResult? Refusal)> HeldAsync(
        IDocumentSession session,
        string id,
        DuplicateRequest request,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(new DecisionRequest(request.Reason), out _) is { } invalid)
            return (null, null, invalid);
        var (item, refusal) = await ExceptionDecisions.LoadAsync(session, id, ct);
        if (refusal is not null)
            return (null, null, refusal);
        if (item!.Kind != ExceptionKind.PossibleDuplicate)
            return (
                null,
                null,
                Problems.Result(Problems.Conflict(ExceptionDecisions.WrongKind(new Phrase("only-duplicate"), item)))
            );
        if (ExceptionDecisions.Decided(item) is { } decided)
            return (null, null, decided);
        var deposit = await session.LoadAsync<Deposit>(item.DepositId!, ct);
        if (deposit is not { Status: DepositStatus.PossibleDuplicate })
            return (
                null,
                null,
                Problems.Result(
                    Problems.Conflict(
                        new Phrase(
                            "deposit-is",
                            item.DepositId,
                            new Word(deposit is null ? "gone" : JsonNames.Of(deposit.Status))
                        )
                    )
                )
            );
        return (item, deposit, null);
    }
}
