using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions.Approving;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Splitting;

/// <summary>
/// <c>POST /api/exceptions/{id}/split</c>: part of a lot goes to a month of this worker or to another worker; the rest
/// stays held or is refunded. A part moved to another worker is a payment on their stream, decided there as any
/// payment.
/// </summary>
public static class SplitEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/split",
        OperationId = "SplitException",
        Summary = "Split a lot of held credit",
        Description = "Body { \"reason\", \"amount\", \"month\"? | \"nss\"?, \"rest\": \"keep\" | \"refund\" }. "
            + "Above Security:FourEyesAbove the split is only requested (202): another key approves it."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
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
        if (ExceptionDecisions.Invalid(request, out _) is { } invalid)
            return invalid;
        var by = ExceptionDecisions.By(http, request, clock);
        return await DecideAsync(id, request, by, approval: null, session, fees, policy, security, clock, ct);
    }

    /// <summary>The split, requested or (approved, or under the threshold) carried out.</summary>
    public static async Task<IResult> DecideAsync(
        string id,
        DecisionRequest request,
        DecisionBy by,
        Approval? approval,
        IDocumentSession session,
        FeeCalculator fees,
        CoveragePolicy policy,
        SecuritySettings security,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(request, out var month) is { } invalid)
            return invalid;
        if (request.Amount is not { } amount)
            return Problems.Result(Problems.Validation("amount", new Phrase("split-amount-required")));
        if (request.Rest is not (null or "keep" or "refund"))
            return Problems.Result(Problems.Validation("rest", new Phrase("split-rest", request.Rest)));
        Nss? toNss = null;
        if (request.Nss is not null)
        {
            var parsed = Nss.TryParse(request.Nss);
            if (!parsed.IsValid)
                return Problems.Result(Problems.Validation("nss", new Phrase("nss-invalid", parsed.ErrorPhrase)));
            toNss = parsed.Value;
        }
        var (item, refusal) = await ExceptionDecisions.LotAsync(session, id, "split", ct, approval is not null);
        if (refusal is not null)
            return refusal;
        var deposit = await session.LoadAsync<Deposit>(item!.DepositId!, ct);
        if (deposit is null)
            return Problems.Result(Problems.Conflict(new Phrase("deposit-not-recorded", item.DepositId)));

        var stream = await session.Events.FetchForWriting<WorkerCoverage>(item.Nss!, ct);
        var refundRest = request.Rest == "refund";
        var decision = HeldCreditDecisions.Split(
            stream.Aggregate!,
            deposit.Id,
            amount,
            month,
            toNss,
            refundRest,
            by,
            fees,
            policy,
            deposit.PayerAccount,
            deposit.PayerName
        );
        if (ExceptionDecisions.Refusal(decision) is { } refused)
            return refused;
        var transfer = decision.Events.OfType<CreditTransferred>().SingleOrDefault();
        var toStream = transfer is null
            ? null
            : await session.Events.FetchForWriting<WorkerCoverage>(transfer.ToNss.Value, ct);
        if (transfer is not null && toStream?.Aggregate is null)
            return Problems.Result(Problems.Validation("nss", new Phrase("not-enrolled", transfer.ToNss)));
        // What leaves the lot: the part split and, when refunded, the rest.
        var moved = amount + decision.Events.OfType<CreditRefunded>().Sum(r => r.Amount);
        if (FourEyes.Mismatch(approval, item, moved) is { } changed)
            return changed;
        if (FourEyes.Needed(security, moved, approval))
        {
            var terms = new DecisionTerms(amount, request.Month, request.Nss, request.Rest);
            return FourEyes.Request(session, item, deposit, "split", moved, by, terms, clock);
        }

        // What the deposit's stream records of it, in one append.
        var recorded = FourEyes.Recorded(approval, deposit, item);
        if (transfer is not null)
        {
            var to = toStream!.Aggregate!;
            await TransferAsync(session, toStream, deposit, transfer, stream.Aggregate!, by, fees, policy, clock, ct);
            recorded.Add(
                new DepositTransferred(
                    deposit.Id,
                    stream.Aggregate!.Nss,
                    to.Nss,
                    transfer.Amount,
                    by.Operator,
                    by.Reason,
                    clock.GetUtcNow()
                )
            );
        }
        stream.AppendMany(decision.Events);
        if (decision.Events.OfType<CreditRefunded>().SingleOrDefault() is { } refund)
            recorded.Add(
                new DepositRefundRequested(
                    deposit.Id,
                    by.Operator,
                    by.Reason,
                    clock.GetUtcNow(),
                    refund.Amount,
                    deposit.PayerAccount,
                    deposit.PayerName,
                    item.Nss
                )
            );
        // At the version read: a return or another decision committed meanwhile refuses this one (409).
        if (recorded.Count > 0)
            session.Events.Append(deposit.Id, deposit.Version + recorded.Count, recorded.ToArray());
        return ExceptionDecisions.DecideLot(
            session,
            item,
            "split",
            by,
            clock,
            stream.Aggregate!,
            decision.Events,
            toNss?.Value,
            approval?.ApprovedBy
        );
    }

    /// <summary>The part moved is a payment of the other worker, decided on their stream as any payment.</summary>
    private static async Task TransferAsync(
        IDocumentSession session,
        JasperFx.Events.IEventStream<WorkerCoverage> to,
        Deposit deposit,
        CreditTransferred transfer,
        WorkerCoverage from,
        DecisionBy by,
        FeeCalculator fees,
        CoveragePolicy policy,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var worker = to.Aggregate!;
        var lot = from.Lot(deposit.Id)!;
        var payment = new PaymentReceived(
            worker.Nss,
            deposit.Id,
            transfer.Amount,
            lot.ValueDate,
            deposit.Concept,
            deposit.TrackingKey,
            MatchMethod.Transfer,
            ReferenceClean: true,
            by.Operator,
            $"from worker {from.Id}: {by.Reason}",
            ReceivedOn: transfer.On
        );
        var events = CoverageDecisions.Pay(worker, payment, fees, policy).ToList();
        to.AppendMany(events);
        var after = events.Aggregate(worker, (state, e) => state.Evolve(e));
        var known = (
            await session.LoadManyAsync<ExceptionItem>(ct, LotItems.Touched(worker.Id, events).ToArray())
        ).ToDictionary(i => i.Id);
        foreach (var item in LotItems.Follow(worker.Id, events, after, known, _ => deposit.Concept, clock.GetUtcNow()))
            session.Store(item);
    }
}
