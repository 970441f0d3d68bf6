using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reconciliation.Api.Security;

namespace Reconciliation.Api.Web.Pages;

/// <summary>Sign-in with an API key: the key is checked as any request's, and the session carries its name and
/// role.</summary>
[AllowAnonymous]
public sealed class LoginModel(ApiKeyRegistry keys, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Refused { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? key)
    {
        if (key is null || keys.Find(key.Trim()) is not { } identity)
        {
            logger.LogWarning("Console sign-in refused: the key is not valid");
            Refused = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(
            ConsoleSession.CookieScheme,
            ConsoleSession.Principal(identity, ConsoleSession.CookieScheme),
            new AuthenticationProperties { IsPersistent = false }
        );
        logger.LogInformation("Console sign-in: {Key} ({Role})", identity.Name, identity.Role);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
