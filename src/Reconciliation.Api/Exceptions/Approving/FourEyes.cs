using Marten;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Api.Exceptions.Approving;

/// <summary>A second key's approval of a refund or split, carried into the decision it lets through.</summary>
public sealed record Approval(PendingApproval Request, string ApprovedBy, string Reason, DateTimeOffset At);

/// <summary>
/// Four eyes on money going out (<c>Security:FourEyesAbove</c>). The refund and split endpoints decide as always (a
/// refusal is the same 400 or 409), then, above the threshold and without an approval, only record the request: the
/// worker's stream and the refund instruction are written when another key approves.
/// </summary>
public static class FourEyes
{
    public static bool Needed(SecuritySettings settings, decimal amount, Approval? approval) =>
        approval is null && amount > settings.FourEyesAbove;

    /// <summary>
    /// An approval lets through exactly what was approved: the item must still await that request (a rejection or a
    /// new request committed meanwhile makes it a 409), and the decision, computed again now, must move the same
    /// amount (a lot the import changed meanwhile is rejected and requested again, not carried out as it is now).
    /// </summary>
    public static IResult? Mismatch(Approval? approval, ExceptionItem item, decimal amount)
    {
        if (approval is null)
            return null;
        if (item.Approval != approval.Request)
            return Problems.Result(Problems.Conflict(new Phrase("request-changed", item.Id)));
        return amount == approval.Request.Amount
            ? null
            : Problems.Result(
                Problems.Conflict(
                    new Phrase(
                        "request-amount-changed",
                        new Word(approval.Request.Action),
                        $"{approval.Request.Amount:0.00}",
                        $"{amount:0.00}"
                    )
                )
            );
    }

    /// <summary>The request on the deposit's stream (at the version read) and on the item; 202 with the
    /// item.</summary>
    public static IResult Request(
        IDocumentSession session,
        ExceptionItem item,
        Deposit deposit,
        string action,
        decimal amount,
        Domain.Coverage.DecisionBy by,
        DecisionTerms terms,
        TimeProvider clock
    )
    {
        var at = clock.GetUtcNow();
        session.Events.Append(
            deposit.Id,
            deposit.Version + 1,
            new DecisionRequested(deposit.Id, item.Id, action, amount, by.Operator, by.Reason, at, terms)
        );
        item.Approval = new PendingApproval(action, amount, by.Operator, by.Reason, at, terms);
        session.Store(item);
        return Results.Json(item, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>What the deposit's stream records before the decision's own events: the approval, when there is
    /// one.</summary>
    public static List<object> Recorded(Approval? approval, Deposit deposit, ExceptionItem item) =>
        approval is null
            ? []
            :
            [
                new DecisionApproved(
                    deposit.Id,
                    item.Id,
                    approval.Request.Action,
                    approval.Request.RequestedBy,
                    approval.ApprovedBy,
                    approval.Reason,
                    approval.At
                ),
            ];
}
