using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Api.Web;

/// <summary>What a decision taken from the console came to: its status and, when refused, why (in the console's
/// language).</summary>
public sealed record DecisionOutcome(int Status, string? Refusal)
{
    public bool Taken => Status is >= 200 and < 300;
}

/// <summary>
/// A queue decision taken from a console form runs the very code of its API endpoint (the same checks, the same
/// events, the same refusals), then commits as Wolverine does after an endpoint. A refusal is said from its phrase, in
/// the operator's language (a decision another operator took first, as the endpoint saw it: who, what, when and why);
/// one committed between the endpoint's reading and this commit is told as who decided what, and at what time.
/// </summary>
public static class ConsoleDecisions
{
    public static async Task<DecisionOutcome> RunAsync(
        IDocumentSession session,
        string itemId,
        ConsoleText text,
        Func<Task<IResult>> decide,
        CancellationToken ct
    )
    {
        try
        {
            var result = await decide();
            var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            if (result is ProblemHttpResult { ProblemDetails: var problem })
                return new DecisionOutcome(status, Refusal(problem, text));
            await session.SaveChangesAsync(ct);
            return new DecisionOutcome(status, null);
        }
        catch (Exception e) when (StreamConflicts.IsVersionConflict(e))
        {
            return new DecisionOutcome(
                StatusCodes.Status409Conflict,
                await DecidedMeanwhileAsync(session, itemId, text, ct)
            );
        }
    }

    private static async Task<string> DecidedMeanwhileAsync(
        IDocumentSession session,
        string itemId,
        ConsoleText text,
        CancellationToken ct
    )
    {
        await using var fresh = session.DocumentStore.QuerySession();
        var item = await fresh.LoadAsync<ExceptionItem>(itemId, ct);
        var said = item?.Decision is { } done
            ? new Phrase(
                "decided-meanwhile",
                done.Operator,
                $"{MexicoCity.LocalTime(done.At):HH:mm}",
                new Word(done.Action)
            )
            : new Phrase("decision-meanwhile");
        return said.In(text.Speaks);
    }

    private static object? Extension(Microsoft.AspNetCore.Mvc.ProblemDetails problem, string key) =>
        problem.Extensions.TryGetValue(key, out var value) ? value : null;

    /// <summary>The problem's phrase (or each field's) in the console's language; its text where it has none.</summary>
    private static string Refusal(Microsoft.AspNetCore.Mvc.ProblemDetails problem, ConsoleText text)
    {
        if (Extension(problem, "phrase") is Phrase phrase)
            return phrase.In(text.Speaks);
        if (Extension(problem, "phrases") is IReadOnlyDictionary<string, Phrase[]> fields)
            return string.Join(
                " ",
                fields.Select(f => $"{text.Field(f.Key)}: {string.Join("; ", f.Value.Select(p => p.In(text.Speaks)))}.")
            );
        return problem.Detail ?? problem.Title ?? "";
    }
}
