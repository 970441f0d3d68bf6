using Microsoft.AspNetCore.Mvc;
using Reconciliation.Domain.Words;

namespace Reconciliation.Api.Setup;

/// <summary>
/// The problem documents (RFC 9457) the API answers with; validation errors go in <c>errors</c>: field → reasons. A
/// refusal the system says as a <see cref="Phrase"/> also carries it, as <c>phrase</c> (or <c>phrases</c>: field →
/// phrases), so that a client (the console) can say it in its reader's language.
/// </summary>
public static class Problems
{
    public static ProblemDetails Validation(IReadOnlyDictionary<string, Phrase[]> errors)
    {
        var problem = Validation(errors.ToDictionary(e => e.Key, e => e.Value.Select(p => p.ToString()).ToArray()));
        problem.Extensions["phrases"] = errors;
        return problem;
    }

    public static ProblemDetails Validation(string field, Phrase reason) =>
        Validation(new Dictionary<string, Phrase[]> { [field] = [reason] });

    public static ProblemDetails NotFound(Phrase detail) => Saying(NotFound(detail.ToString()), detail);

    public static ProblemDetails Conflict(Phrase detail) => Saying(Conflict(detail.ToString()), detail);

    public static ProblemDetails Forbidden(Phrase detail) => Saying(Forbidden(detail.ToString()), detail);

    private static ProblemDetails Saying(ProblemDetails problem, Phrase phrase)
    {
        problem.Extensions["phrase"] = phrase;
        return problem;
    }

    public static ProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new()
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid",
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join("; ", e.Value)}.")),
            Extensions = { ["errors"] = errors },
        };

    public static ProblemDetails Validation(string field, string reason) =>
        Validation(new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemDetails NotFound(string detail) =>
        new()
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not found",
            Detail = detail,
        };

    public static ProblemDetails Conflict(string detail) =>
        new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Detail = detail,
        };

    public static ProblemDetails Forbidden(string detail) =>
        new()
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Forbidden",
            Detail = detail,
        };

    public static IResult Result(ProblemDetails problem) => Results.Problem(problem);

    /// <summary>Writes a problem from middleware (authentication, rate limits, size limits), where there is no endpoint
    /// result.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = status,
                        Title = title,
                        Detail = detail,
                    },
                }
            );
    }

    /// <summary>What a 404 says of an NSS no worker is enrolled with (<c>{0}</c>: the NSS).</summary>
    public const string NotEnrolled = "No worker is enrolled with NSS {0}.";

    public static IResult WorkerNotFound(string nss) => Result(NotFound(string.Format(NotEnrolled, nss)));

    /// <summary>A change of a worker's record names the version it was read at (409 when stale); without one, a
    /// 400.</summary>
    public static ProblemDetails RequireVersion(long? version) =>
        version is null
            ? Validation("version", "the version of the worker's record you read (GET /api/workers/{nss}) is required")
            : Wolverine.Http.WolverineContinue.NoProblems;

    /// <summary>
    /// A change made at a version of the record older than the stream's: 409, read it again. (Marten's optimistic
    /// append catches a change that lands between this check and the commit.)
    /// </summary>
    public static IResult? Stale(long current, long? read) =>
        read is { } version && version != current
            ? Result(
                Conflict(
                    $"The worker's record is at version {current}, not {version}: it changed since you read it. Read "
                        + "it again and retry."
                )
            )
            : null;
}
