using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Api.Web;

/// <summary>What a decision taken from the console came to: its status and, when refused, why.</summary>
public sealed record DecisionOutcome(int Status, string? Refusal)
{
    public bool Taken => Status is >= 200 and < 300;
}

/// <summary>
/// A queue decision taken from a console form runs the very code of its API endpoint (the same checks, the same
/// events, the same refusals), then commits as Wolverine does after an endpoint. A decision another operator committed
/// first is told as the API's 409, with who decided what and when.
/// </summary>
public static class ConsoleDecisions
{
    public static async Task<DecisionOutcome> RunAsync(
        IDocumentSession session,
        string itemId,
        Func<Task<IResult>> decide,
        CancellationToken ct
    )
    {
        try
        {
            var result = await decide();
            var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            if (result is ProblemHttpResult problem)
                return new DecisionOutcome(status, Refusal(problem));
            await session.SaveChangesAsync(ct);
            return new DecisionOutcome(status, null);
        }
        catch (Exception e) when (StreamConflicts.IsVersionConflict(e))
        {
            await using var fresh = session.DocumentStore.QuerySession();
            var item = await fresh.LoadAsync<ExceptionItem>(itemId, ct);
            return new DecisionOutcome(
                StatusCodes.Status409Conflict,
                item?.Decision is { } done
                    ? $"{done.Operator} decided this item at {MexicoCity.LocalTime(done.At):HH:mm}: {done.Action}."
                    : "Another decision on this item was committed meanwhile: read it again."
            );
        }
    }

    private static string Refusal(ProblemHttpResult problem)
    {
        var details = problem.ProblemDetails;
        if (
            details.Extensions.TryGetValue("errors", out var errors)
            && errors is IReadOnlyDictionary<string, string[]> e
        )
            return string.Join(" ", e.Select(f => $"{f.Key}: {string.Join("; ", f.Value)}."));
        return details.Detail ?? details.Title ?? "Refused.";
    }
}
