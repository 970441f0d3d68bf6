using Microsoft.Playwright;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Console;

/// <summary>
/// The application on a real port and Chromium from Debian (<c>apt-get install chromium</c>, which <c>ops/test</c> does
/// when it is missing), driven by Playwright: nothing is downloaded. <c>RECONCILIATION_CHROMIUM</c> names another
/// Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "RECONCILIATION_CHROMIUM";

    /// <summary>The console's test classes share one application and one browser, one class at a time.</summary>
    public const string Collection = "console";

    /// <summary>The application's limit on a statement file, small enough for a test to go over it.</summary>
    public const long MaxFileBytes = 4_000_000;

    public AppProcess App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"No Chromium at {chromium}: install Debian's (`apt-get install chromium`; ops/test does it) or name "
                    + $"one in {ChromiumVariable}."
            );
        App = await AppProcess.StartAsync(
            nameof(BrowserFixture),
            new Dictionary<string, string> { ["Statements__MaxFileBytes"] = MaxFileBytes.ToString() }
        );
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                // As root (CI), Chromium runs only without its sandbox.
                Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
            }
        );
    }

    /// <summary>A fresh browser context (no cookies) on the application; <paramref name="javaScript"/> false for a
    /// browser that runs no script.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScript = true) =>
        Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = App.BaseUrl,
                Locale = "es-MX",
                JavaScriptEnabled = javaScript,
            }
        );

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null)
            await App.DisposeAsync();
    }
}

[CollectionDefinition(BrowserFixture.Collection)]
public sealed class ConsoleCollection : ICollectionFixture<BrowserFixture>;
