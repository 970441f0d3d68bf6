using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reconciliation.Api.Web.Pages;

/// <summary>Sign-out: a form's POST (with its anti-forgery token), never a link a page could make the browser
/// follow.</summary>
[AllowAnonymous]
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSession.CookieScheme);
        return LocalRedirect("/login");
    }
}
