using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Reconciliation.Api.Setup;

namespace Reconciliation.Api.Security;

/// <summary>
/// Authenticates a request by its API key: the <c>X-Api-Key</c> header, or, for a browser (the jobs
/// dashboard, the API reference), HTTP Basic with the key as the password. Refusals are problem documents.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRegistry keys
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request);
        if (key is null)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (keys.Find(key) is not { } identity)
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));

        var principal = Web.ConsoleSession.Principal(identity, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await Context.AuthenticateAsync(SchemeName);
        // The Basic challenge makes a browser ask for the key (as the password) on the dashboard and the API reference.
        Response.Headers.WWWAuthenticate =
            $"{SchemeName} header=\"{Header}\", Basic realm=\"IMSS reconciliation\", charset=\"UTF-8\"";
        await Problems.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            "Authentication required",
            result.Failure is not null
                ? $"The API key is not valid. Send a valid key in the {Header} header."
                : $"This endpoint needs an API key in the {Header} header."
        );
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = Context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).FirstOrDefault() ?? "none";
        await Problems.WriteAsync(
            Context,
            StatusCodes.Status403Forbidden,
            "Forbidden",
            $"The key '{Context.User.Identity?.Name}' has the role {role}, which may not do this."
        );
    }

    /// <summary>The key in the header, else the password of a Basic authorization; null when neither is
    /// given.</summary>
    internal static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers[Header].ToString();
        if (header.Length > 0)
            return header.Trim();
        if (
            AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var authorization)
            && string.Equals(authorization.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && authorization.Parameter is { } parameter
        )
        {
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                var colon = text.IndexOf(':');
                return colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..] : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }
}
