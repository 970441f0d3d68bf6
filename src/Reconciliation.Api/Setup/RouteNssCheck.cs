using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Api.Setup;

/// <summary>
/// An NSS in a route (<c>/api/workers/{nss}/…</c>) is checked once for every endpoint, before the endpoint reads
/// anything: a malformed one is a 400 naming what is wrong with it (length, check digit), never a 404.
/// </summary>
public static class RouteNssCheck
{
    public const string RouteValue = "nss";

    public static void UseRouteNssCheck(this WebApplication app) =>
        app.Use(
            async (context, next) =>
            {
                if (context.GetRouteValue(RouteValue) is string nss && Nss.TryParse(nss) is { IsValid: false } parsed)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context
                        .RequestServices.GetRequiredService<IProblemDetailsService>()
                        .WriteAsync(
                            new ProblemDetailsContext
                            {
                                HttpContext = context,
                                ProblemDetails = Problems.Validation(RouteValue, $"NSS {parsed.Error}"),
                            }
                        );
                    return;
                }
                await next(context);
            }
        );
}
