using Microsoft.AspNetCore.Mvc;

namespace Reconciliation.Api.Setup;

/// <summary>The problem documents (RFC 9457) the API answers with; validation errors go in <c>errors</c>: field →
/// reasons.</summary>
public static class Problems
{
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

    /// <summary>A 400 naming what is wrong with an NSS taken from the route, or null when it is valid.</summary>
    public static IResult? InvalidNss(string nss) =>
        Domain.Identifiers.Nss.TryParse(nss) is { IsValid: false } parsed
            ? Result(Validation("nss", $"NSS {parsed.Error}"))
            : null;

    /// <summary>A change of a worker's record names the version it was read at (409 when stale); without one, a
    /// 400.</summary>
    public static IResult? VersionMissing(long? version) =>
        version is null
            ? Result(
                Validation(
                    "version",
                    "the version of the worker's record you read (GET /api/workers/{nss}) is required"
                )
            )
            : null;
}
