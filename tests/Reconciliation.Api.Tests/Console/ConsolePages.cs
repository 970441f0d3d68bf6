using Deque.AxeCore.Playwright;
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

    /// <summary>axe finds no serious or critical accessibility violation on the page as it is.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes); // axe ran on the page
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            serious.Count == 0,
            string.Join(
                "\n",
                serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            )
        );
    }
}
