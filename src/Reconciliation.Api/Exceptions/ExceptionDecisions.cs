using Marten;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Api.Exceptions;

/// <summary>What the decision endpoints share: who decides, the request's checks, the item, and how a decision is
/// recorded on it.</summary>
public static class ExceptionDecisions
{
    /// <summary>The authenticated operator: the endpoints require the operator role, so there is always one.</summary>
    public static string OperatorName(HttpContext http) =>
        http.User.Identity?.Name
        ?? throw new InvalidOperationException("A decision reached its endpoint without an authenticated operator.");

    public static DecisionBy By(HttpContext http, DecisionRequest request, TimeProvider clock) =>
        new(OperatorName(http), request.Reason!.Trim(), MexicoCity.Today(clock));

    /// <summary>400 naming each bad field (every decision needs a reason; a month is <c>YYYY-MM</c>), or
    /// null.</summary>
    public static IResult? Invalid(DecisionRequest request, out CoverageMonth? month)
    {
        month = null;
        var errors = new Dictionary<string, Phrase[]>();
        if (string.IsNullOrWhiteSpace(request.Reason))
            errors["reason"] = [new Phrase("reason-required")];
        if (request.Month is not null)
        {
            if (CoverageMonth.TryParse(request.Month, out var parsed))
                month = parsed;
            else
                errors["month"] = [new Phrase("not-a-month", request.Month)];
        }
        return errors.Count > 0 ? Problems.Result(Problems.Validation(errors)) : null;
    }

    /// <summary>The item, or a 404; while a refund or split of it awaits approval, a 409 naming it (the approval
    /// itself passes).</summary>
    public static async Task<(ExceptionItem? Item, IResult? Refusal)> LoadAsync(
        IDocumentSession session,
        string id,
        CancellationToken ct,
        bool approving = false
    )
    {
        var item = await session.LoadAsync<ExceptionItem>(id, ct);
        if (item is null)
            return (null, Problems.Result(Problems.NotFound(new Phrase("no-item", id))));
        if (item.Approval is { } pending && !approving)
            return (
                null,
                Problems.Result(
                    Problems.Conflict(
                        new Phrase(
                            "awaits-approval",
                            new Word(pending.Action),
                            $"{pending.Amount:0.00}",
                            pending.RequestedBy,
                            $"{MexicoCity.LocalTime(pending.At):yyyy-MM-dd HH:mm}"
                        )
                    )
                )
            );
        if (item.Approval is null && approving)
            return (null, Problems.Result(Problems.Conflict(new Phrase("nothing-awaits", id))));
        return (item, null);
    }

    /// <summary>The item of a lot of held credit, or why a lot decision cannot be taken on this one.</summary>
    public static async Task<(ExceptionItem? Item, IResult? Refusal)> LotAsync(
        IDocumentSession session,
        string id,
        string action,
        CancellationToken ct,
        bool approving = false
    )
    {
        var (item, refusal) = await LoadAsync(session, id, ct, approving);
        if (refusal is not null)
            return (null, refusal);
        if (item!.Kind != ExceptionKind.Amount)
            return (
                null,
                Problems.Result(Problems.Conflict(WrongKind(new Phrase("only-held", new Word(action)), item)))
            );
        return (item, null);
    }

    /// <summary>
    /// A decision that touches one lot and the worker's stream only (apply, keep): the item, the stream read for
    /// writing (optimistic: a decision taken meanwhile makes this one a 409), the domain's decision, its events, the
    /// item decided.
    /// </summary>
    public static async Task<IResult> OnLotAsync(
        IDocumentSession session,
        string id,
        string action,
        string done,
        DecisionBy by,
        TimeProvider clock,
        Func<WorkerCoverage, string, LotDecision> decide,
        CancellationToken ct
    )
    {
        var (item, refusal) = await LotAsync(session, id, done, ct);
        if (refusal is not null)
            return refusal;
        var stream = await session.Events.FetchForWriting<WorkerCoverage>(item!.Nss!, ct);
        var decision = decide(stream.Aggregate!, item.DepositId!);
        if (Refusal(decision) is { } refused)
            return refused;
        stream.AppendMany(decision.Events);
        return DecideLot(session, item, action, by, clock, stream.Aggregate!, decision.Events);
    }

    /// <summary>"Only … ; this item is …": a decision the item's kind does not take.</summary>
    public static Phrase WrongKind(Phrase only, ExceptionItem item) =>
        new("wrong-kind", only, new Word(item.Kind.Name()));

    /// <summary>A decision the worker's stream refuses: 409 when it conflicts with what happened, 400 naming a bad
    /// field.</summary>
    public static IResult? Refusal(LotDecision decision) =>
        decision.Conflict is { } conflict ? Problems.Result(Problems.Conflict(conflict))
        : decision.Error is { } error ? Problems.Result(Problems.Validation(decision.Field!, error))
        : null;

    /// <summary>A suspense item decided already: 409 naming who decided what, and when (Mexico City).</summary>
    public static IResult? Decided(ExceptionItem item) =>
        item.Decision is { } done
            ? Problems.Result(
                Problems.Conflict(
                    new Phrase(
                        "already-decided",
                        new Word(done.Action),
                        done.Operator,
                        $"{MexicoCity.LocalTime(done.At):yyyy-MM-dd HH:mm}",
                        done.Reason
                    )
                )
            )
            : null;

    public static IResult Resolve(
        IDocumentSession session,
        ExceptionItem item,
        string action,
        DecisionBy by,
        TimeProvider clock,
        string? nss = null,
        string? approvedBy = null
    )
    {
        item.Resolve(new ExceptionDecision(action, by.Operator, by.Reason, clock.GetUtcNow(), nss, approvedBy));
        session.Store(item);
        return Results.Ok(item);
    }

    /// <summary>
    /// A decision on a lot: the item is resolved when the lot is closed or kept; when part of it is still held and
    /// undecided (months applied, the rest above them), it stays open with what is left, and the decision goes to its
    /// earlier ones.
    /// </summary>
    public static IResult DecideLot(
        IDocumentSession session,
        ExceptionItem item,
        string action,
        DecisionBy by,
        TimeProvider clock,
        WorkerCoverage before,
        IEnumerable<object> events,
        string? nss = null,
        string? approvedBy = null
    )
    {
        var after = events.Aggregate(before, (state, e) => state.Evolve(e));
        if (after.Lot(item.DepositId!) is not { Kept: false } rest)
            return Resolve(session, item, action, by, clock, nss, approvedBy);
        var decision = new ExceptionDecision(action, by.Operator, by.Reason, clock.GetUtcNow(), nss, approvedBy);
        item.DecidePart(decision, rest.Amount);
        session.Store(item);
        return Results.Ok(item);
    }
}
