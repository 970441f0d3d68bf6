using System.Text.Json;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Api.Setup;

/// <summary>
/// Turns the exceptions that reach the top into problem documents: a stream that already exists
/// or changed under us is a 409 (the database decided a race), unreadable JSON a 400 naming where.
/// </summary>
public sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var json =
            exception as JsonException ?? (exception as BadHttpRequestException)?.InnerException as JsonException;
        var problem = exception switch
        {
            ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException =>
                Problems.Conflict("The stream already exists: the worker is already enrolled."),
            _ when StreamConflicts.IsVersionConflict(exception) => Problems.Conflict(
                "The worker's stream changed while this request was processed; read it again and retry."
            ),
            _ when json is not null => Problems.Validation(
                JsonField(json.Path),
                $"the value at {json.Path ?? "$"} cannot be read: {FirstSentence(json.Message)}"
            ),
            BadHttpRequestException bad => new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Bad request",
                Detail = bad.Message,
            },
            _ => null,
        };
        if (problem is null)
            return false;

        logger.LogInformation("Request answered with {Status}: {Reason}", problem.Status, exception.GetType().Name);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
    }

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static string FirstSentence(string message) => message.Split(". ")[0];
}
