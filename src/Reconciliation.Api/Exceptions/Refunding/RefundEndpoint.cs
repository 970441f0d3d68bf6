using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions.Approving;
using Reconciliation.Api.Security;
using Reconciliation.Domain;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Refunding;

/// <summary>
/// <c>POST /api/exceptions/{id}/refund</c>: money goes back to the payer — a deposit in suspense, whole, or one lot of
/// a worker's held credit. The deposit's stream records the refund instruction: amount, payer's account and name,
/// reason.
/// </summary>
public static class RefundEndpoint
{
    private static IResult Conflict(Phrase detail) => Setup.Problems.Result(Setup.Problems.Conflict(detail));

    [WolverinePost(
        "/api/exceptions/{id}/refund",
        OperationId = "RefundException",
        Summary = "Refund a deposit or a lot of held credit",
        Description = "Body { \"reason\" }. A deposit in suspense is refunded whole; a lot of held credit is "
            + "refunded alone, the worker's other lots stay. Above Security:FourEyesAbove the refund is only "
            + "requested (202): another key approves it (POST /api/exceptions/{id}/approve)."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        SecuritySettings security,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(request, out _) is { } invalid)
            return invalid;
        var by = ExceptionDecisions.By(http, request, clock);
        return await DecideAsync(id, by, approval: null, session, security, clock, ct);
    }

    /// <summary>The refund, requested or (approved, or under the threshold) carried out.</summary>
    public static async Task<IResult> DecideAsync(
        string id,
        DecisionBy by,
        Approval? approval,
        IDocumentSession session,
        SecuritySettings security,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (item, refusal) = await ExceptionDecisions.LoadAsync(session, id, ct, approving: approval is not null);
        if (refusal is not null)
            return refusal;
        if (item!.Kind is not (ExceptionKind.Suspense or ExceptionKind.Amount))
            return Conflict(ExceptionDecisions.WrongKind(new Phrase("only-refundable"), item));
        var deposit = await session.LoadAsync<Deposit>(item.DepositId!, ct);
        if (deposit is null)
            return Conflict(new Phrase("deposit-not-recorded", item.DepositId));

        decimal amount;
        IEnumerable<object> lotEvents = [];
        JasperFx.Events.IEventStream<WorkerCoverage>? stream = null;
        if (item.Kind == ExceptionKind.Suspense)
        {
            if (ExceptionDecisions.Decided(item) is { } decided)
                return decided;
            if (deposit.Status != DepositStatus.Suspense)
                return Conflict(
                    new Phrase("deposit-not-in-suspense", deposit.Id, new Word(JsonNames.Of(deposit.Status)))
                );
            amount = deposit.Amount;
        }
        else
        {
            stream = await session.Events.FetchForWriting<WorkerCoverage>(item.Nss!, ct);
            var decision = HeldCreditDecisions.Refund(
                stream.Aggregate!,
                deposit.Id,
                by,
                deposit.PayerAccount,
                deposit.PayerName
            );
            if (ExceptionDecisions.Refusal(decision) is { } refused)
                return refused;
            lotEvents = decision.Events;
            amount = decision.Events.OfType<CreditRefunded>().Single().Amount;
        }
        if (FourEyes.Mismatch(approval, item, amount) is { } changed)
            return changed;
        if (FourEyes.Needed(security, amount, approval))
            return FourEyes.Request(session, item, deposit, "refund", amount, by, new DecisionTerms(), clock);

        stream?.AppendMany(lotEvents);
        var recorded = FourEyes.Recorded(approval, deposit, item);
        recorded.Add(
            new DepositRefundRequested(
                deposit.Id,
                by.Operator,
                by.Reason,
                clock.GetUtcNow(),
                amount,
                deposit.PayerAccount,
                deposit.PayerName,
                item.Nss
            )
        );
        // At the version read: a return or another decision committed meanwhile refuses this one (409).
        session.Events.Append(deposit.Id, deposit.Version + recorded.Count, recorded.ToArray());
        return ExceptionDecisions.Resolve(session, item, "refund", by, clock, approvedBy: approval?.ApprovedBy);
    }
}
