using Microsoft.AspNetCore.Authorization;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Matching;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.EventStore;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions;

/// <summary>
/// The operators' queue: deposits in suspense, held amounts, reversals without deposit. Each decision
/// (assign, apply, refund) is recorded as events with the operator (the name of the API key that
/// made the request), the time and the reason; repeating a decision changes nothing; another decision on a decided item is a 409.
/// </summary>
public static class ExceptionEndpoints
{
    [WolverineGet("/api/exceptions", OperationId = "ListExceptions", Summary = "List the exception queue",
        Description = "Open items first, oldest first; kind = suspense | amount | reversal; status = open (default) | resolved | all.")]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<IReadOnlyList<ExceptionItem>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(string? kind, string? status, IQuerySession session, CancellationToken ct, int page = 1, int pageSize = 100)
    {
        if (kind is not null && !ExceptionKind.All.Contains(kind))
            return Problems.Result(Problems.Validation("kind", $"kind must be one of {string.Join(", ", ExceptionKind.All)}"));
        if (page < 1 || pageSize is < 1 or > 1000)
            return Problems.Result(Problems.Validation("page", "page must be 1 or more and pageSize between 1 and 1000"));
        IQueryable<ExceptionItem> query = session.Query<ExceptionItem>();
        if (kind is not null) query = query.Where(i => i.Kind == kind);
        var wanted = status ?? ExceptionItem.Open;
        if (wanted != "all") query = query.Where(i => i.Status == wanted);
        var items = await query.OrderBy(i => i.RaisedAt).ThenBy(i => i.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(items.ToList());
    }

    [WolverinePost("/api/exceptions/{id}/assign", OperationId = "AssignException", Summary = "Assign a deposit in suspense to a worker",
        Description = "Body { \"nss\", \"reason\" }. The deposit is applied to the worker as if matched: payment, coverage decisions and flags.")]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Assign(string id, DecisionRequest request, HttpContext http, IDocumentSession session, IDocumentStore store,
        DepositMatching matching, TimeProvider clock, CancellationToken ct)
    {
        var nss = Nss.TryParse(request.Nss);
        var errors = Check(request);
        if (!nss.IsValid) errors["nss"] = [$"NSS {nss.Error}"];
        if (errors.Count > 0) return Problems.Result(Problems.Validation(errors));
        var (item, refusal) = await DecidableAsync(session, id, "assign", nss.Value!.Value.Value, ct);
        if (refusal is not null) return refusal;
        if (item!.Kind != ExceptionKind.Suspense)
            return Problems.Result(Problems.Conflict($"Only deposits in suspense are assigned; this item is {item.Kind}."));
        // The worker as read here, with its stream version: the payment is appended at that version.
        if (await session.LoadAsync<WorkerCoverage>(nss.Value!.Value.Value, ct) is not { } worker)
            return Problems.Result(Problems.Validation("nss", $"no worker is enrolled with NSS {nss.Value}"));
        var deposit = await session.LoadAsync<Deposit>(item.DepositId!, ct);
        if (deposit is null || deposit.Status != DepositStatus.Suspense)
            return Problems.Result(Problems.Conflict($"The deposit is {deposit?.Status.ToString() ?? "gone"}, not in suspense."));

        var operatorName = OperatorName(http);
        var batch = new EventStoreBatch(store);
        await matching.ApplyAsync(session, batch, worker,
            [(deposit, new PaymentReceived(nss.Value!.Value.Value, deposit.Id, deposit.Amount, deposit.ValueDate, deposit.Concept, deposit.TrackingKey,
                PaymentReceived.ByOperator, ReferenceClean: true, operatorName, request.Reason))], ct);
        batch.QueueIn(session);
        return Decide(session, item, "assign", operatorName, request.Reason!, clock, nss.Value!.Value.Value);
    }

    [WolverinePost("/api/exceptions/{id}/apply", OperationId = "ApplyException", Summary = "Accept a held amount as it is",
        Description = "Body { \"reason\" }. The worker's unapplied credit buys as many whole months as it covers (at least one).")]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Apply(string id, DecisionRequest request, HttpContext http, IDocumentSession session, FeeCalculator fees,
        CoveragePolicy policy, TimeProvider clock, CancellationToken ct)
    {
        var errors = Check(request);
        if (errors.Count > 0) return Problems.Result(Problems.Validation(errors));
        var (item, refusal) = await DecidableAsync(session, id, "apply", null, ct);
        if (refusal is not null) return refusal;
        if (item!.Kind != ExceptionKind.Amount)
            return Problems.Result(Problems.Conflict($"Only held amounts are applied as they are; this item is {item.Kind}."));
        var operatorName = OperatorName(http);
        var stream = await session.Events.FetchForWriting<WorkerCoverage>(item.Nss!, ct);
        stream.AppendMany(CoverageDecisions.AcceptCredit(stream.Aggregate!, operatorName, request.Reason!, MexicoCity.Today(clock), fees, policy));
        return Decide(session, item, "apply", operatorName, request.Reason!, clock, item.Nss);
    }

    [WolverinePost("/api/exceptions/{id}/refund", OperationId = "RefundException", Summary = "Refund a deposit",
        Description = "Body { \"reason\" }. The money goes back to the payer: a deposit in suspense, or a worker's held amount.")]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Refund(string id, DecisionRequest request, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = Check(request);
        if (errors.Count > 0) return Problems.Result(Problems.Validation(errors));
        var (item, refusal) = await DecidableAsync(session, id, "refund", null, ct);
        if (refusal is not null) return refusal;
        if (item!.Kind == ExceptionKind.Reversal)
            return Problems.Result(Problems.Conflict("A reversal is money already taken back: there is nothing to refund."));
        var operatorName = OperatorName(http);
        if (item.Kind == ExceptionKind.Amount)
        {
            var stream = await session.Events.FetchForWriting<WorkerCoverage>(item.Nss!, ct);
            var credits = stream.Aggregate!.Credits;
            stream.AppendOne(new CreditRefunded(item.Nss!, credits.Select(c => c.DepositId).ToList(), credits.Sum(c => c.Amount), operatorName,
                request.Reason!, MexicoCity.Today(clock)));
        }
        await session.Events.AppendOptimistic(item.DepositId!, ct, new DepositRefundRequested(item.DepositId!, operatorName, request.Reason!, clock.GetUtcNow()));
        return Decide(session, item, "refund", operatorName, request.Reason!, clock, item.Nss);
    }

    /// <summary>The authenticated operator: the endpoints require the operator role, so there is always one.</summary>
    private static string OperatorName(HttpContext http) =>
        http.User.Identity?.Name ?? throw new InvalidOperationException("An exception decision reached its endpoint without an authenticated operator.");

    private static Dictionary<string, string[]> Check(DecisionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Reason))
            errors["reason"] = ["a decision needs a reason"];
        return errors;
    }

    /// <summary>The item if it can take this decision; the same decision again answers 200 with nothing changed; another decision 409.</summary>
    private static async Task<(ExceptionItem? Item, IResult? Refusal)> DecidableAsync(IDocumentSession session, string id, string action, string? nss, CancellationToken ct)
    {
        var item = await session.LoadAsync<ExceptionItem>(id, ct);
        if (item is null)
            return (null, Problems.Result(Problems.NotFound($"No exception item {id}.")));
        if (item.Decision is { } done)
            return (item, done.Action == action && (nss is null || done.Nss == nss)
                ? Results.Ok(item)
                : Problems.Result(Problems.Conflict($"The item was already decided: {done.Action} by {done.Operator} on {done.At:yyyy-MM-dd HH:mm} ({done.Reason}).")));
        return (item, null);
    }

    private static IResult Decide(IDocumentSession session, ExceptionItem item, string action, string operatorName, string reason, TimeProvider clock, string? nss)
    {
        item.Status = ExceptionItem.Resolved;
        item.Decision = new ExceptionDecision(action, operatorName, reason, clock.GetUtcNow(), nss);
        session.Store(item);
        return Results.Ok(item);
    }
}
