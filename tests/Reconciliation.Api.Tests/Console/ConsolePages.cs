using Microsoft.Playwright;

namespace Reconciliation.Api.Tests.Console;

/// <summary>Steps the console's tests share.</summary>
public static class ConsolePages
{
    /// <summary>Where the tests leave a screenshot of each page they show (the README's pictures, in docs/console):
    /// only when set.</summary>
    public const string ScreenshotsVariable = "RECONCILIATION_SCREENSHOTS";

    public static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Signs in on the page it is on (the login page) and waits for the page it leads to; when it does not
    /// come, says where the browser is and what it shows.</summary>
    public static async Task SignInAsync(IPage page, string key, string expectedUrl)
    {
        await page.GetByLabel("Llave de API").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(expectedUrl, new() { Timeout = 15_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"After signing in the browser is at {page.Url}, showing:\n{await page.InnerTextAsync("body")}",
                e
            );
        }
    }
}
