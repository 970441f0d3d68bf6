using System.Net;
using Microsoft.Playwright;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Web;

namespace Reconciliation.Api.Tests.Console;

/// <summary>The console's session in a real Chromium: sign in with a key, the cookie's flags, the pages a browser goes
/// to straight, sign out, and a forged form refused.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SignInTests(BrowserFixture browser)
{
    private static async Task SignInAsync(IPage page, string key)
    {
        await page.GetByLabel("Llave de API").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
    }

    [Fact]
    public async Task An_operator_signs_in_with_a_key_sees_today_and_signs_out()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url);
        await ConsolePages.ShotAsync(page, "login");
        await SignInAsync(page, "imss_wrong-key");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("La llave no es válida.");

        await ConsolePages.SignInAsync(page, TestKeys.Operator, browser.App.BaseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hoy", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync(TestKeys.OperatorName);
        await Assertions.Expect(page.GetByText("Cola de excepciones abiertas")).ToBeVisibleAsync();

        var session = Assert.Single(await context.CookiesAsync(), c => c.Name == ConsoleSession.CookieName);
        Assert.True(session.HttpOnly);
        Assert.True(session.Secure);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.Equal(-1, session.Expires); // gone with the browser; the ticket inside expires after 8 hours anyway

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Today", Level = 1 }))
            .ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == ConsoleSession.CookieName);
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url);
    }

    [Fact]
    public async Task The_dashboard_sends_a_browser_to_sign_in_and_opens_for_an_admin_only()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/hangfire");
        Assert.EndsWith("/login?ReturnUrl=%2Fhangfire", page.Url);
        await ConsolePages.SignInAsync(page, TestKeys.Operator, "**/denied?**");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Su llave no tiene el rol que esta página pide.");

        await using var admin = await browser.NewContextAsync();
        var adminPage = await admin.NewPageAsync();
        await adminPage.GotoAsync("/hangfire");
        await ConsolePages.SignInAsync(adminPage, TestKeys.Admin, "**/hangfire");
        await Assertions
            .Expect(adminPage)
            .ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("IMSS reconciliation jobs"));
        await adminPage.GotoAsync("/scalar/v1");
        Assert.EndsWith("/scalar/v1", adminPage.Url);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused_and_the_api_takes_no_cookie()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await ConsolePages.SignInAsync(page, TestKeys.Operator, browser.App.BaseUrl + "/");

        // The browser's own cookies, without the form's token: what a forged page could send.
        var forged = await context.APIRequest.PostAsync("/logout");
        Assert.Equal((int)HttpStatusCode.BadRequest, forged.Status);
        await page.GotoAsync("/");
        Assert.Equal(browser.App.BaseUrl + "/", page.Url); // still signed in

        // The session opens the console, never the API: it needs the key itself.
        var api = await context.APIRequest.GetAsync("/api/exceptions");
        Assert.Equal((int)HttpStatusCode.Unauthorized, api.Status);
    }
}
