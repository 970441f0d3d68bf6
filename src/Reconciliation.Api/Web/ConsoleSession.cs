using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reconciliation.Api.Security;

namespace Reconciliation.Api.Web;

/// <summary>
/// The operator console's session: signed in with an API key on <c>/login</c>, kept in a cookie (HTTP-only, Secure,
/// SameSite=Strict, 8 hours). A request that names a key (<c>X-Api-Key</c> or <c>Authorization</c>) is authenticated
/// by it; the API (<c>/api</c>, <c>/health</c>) only ever by a key, so that a cookie never authorises an API call a
/// forged page could make. Every other path (the console, the dashboard, the API reference and its document) a browser
/// reaches with the session, and without one it is sent to the login page.
/// </summary>
public static class ConsoleSession
{
    /// <summary>The scheme every policy names: it forwards to the key or the cookie.</summary>
    public const string Scheme = "Reconciliation";
    public const string CookieScheme = "Console";
    public const string CookieName = "imss_console";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static AuthenticationBuilder AddConsoleSession(this AuthenticationBuilder authentication) =>
        authentication
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = Lifetime;
                options.SlidingExpiration = false;
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/denied";
                // A key removed from the configuration (or given another role) ends its sessions at once.
                options.Events.OnValidatePrincipal = context =>
                {
                    var keys = context.HttpContext.RequestServices.GetRequiredService<ApiKeyRegistry>();
                    var name = context.Principal?.Identity?.Name;
                    var role = context.Principal?.FindFirst(KeyRoleClaim)?.Value;
                    if (name is null || keys.FindByName(name)?.Role != role)
                        context.RejectPrincipal();
                    return Task.CompletedTask;
                };
            })
            .AddPolicyScheme(Scheme, "API key or console session", options => options.ForwardDefaultSelector = Select);

    /// <summary>The key's own role, beside the roles it holds (the claims the policies read).</summary>
    public const string KeyRoleClaim = "key_role";

    public static ClaimsPrincipal Principal(ApiKeyIdentity identity, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, identity.Name), new(KeyRoleClaim, identity.Role) };
        claims.AddRange(ApiRoles.Granted(identity.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    private static string Select(HttpContext context)
    {
        var request = context.Request;
        if (
            request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
            || request.Headers.ContainsKey("Authorization")
        )
            return ApiKeyAuthenticationHandler.SchemeName;
        return request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/health")
            ? ApiKeyAuthenticationHandler.SchemeName
            : CookieScheme;
    }
}
