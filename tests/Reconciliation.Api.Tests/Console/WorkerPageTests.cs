using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Workers;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Time;

namespace Reconciliation.Api.Tests.Console;

/// <summary>A worker looked up in a real Chromium: by NSS, CURP, RFC or name, their months as a strip, money, history in
/// words, an earlier date.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class WorkerPageTests(BrowserFixture browser)
{
    private static readonly DateOnly Today = MexicoCity.Today(TimeProvider.System);

    /// <summary>A worker enrolled some months ago; the fee of the month a payment today would pay, as the API says
    /// it (so that a test pays it exactly, whatever the day).</summary>
    private async Task<decimal> EnrollAsync(string nss, int monthsAgo, string? name = null)
    {
        using var api = browser.App.Api(TestKeys.Operator);
        var form = WorkerForms.Valid(nss);
        form["name"] = name ?? form["name"];
        form["enrolledOn"] = Today.AddMonths(-monthsAgo).ToString("yyyy-MM-dd");
        (await api.PostAsJsonAsync("/api/workers", form)).EnsureSuccessStatusCode();
        var coverage = await api.GetFromJsonAsync<JsonElement>($"/api/workers/{nss}/coverage");
        return coverage.GetProperty("monthlyFee").GetDecimal();
    }

    [Fact]
    public async Task A_worker_is_found_by_nss_or_name_and_their_months_money_and_history_read()
    {
        var nss = "5300000001" + CheckDigits.Nss("5300000001");
        var fee = await EnrollAsync(nss, monthsAgo: 3, "Rosa Martínez Ortega");
        var statement = new CamtStatement("WP1", "WP1", Today).Credit(fee, Today, "WP1A", $"PAGO IMSS {nss}");
        Assert.Equal(HttpStatusCode.Created, await browser.App.UploadAsync(statement.Build(1_000_000m), "wp1.xml"));

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await ConsolePages.SignInAsync(page, TestKeys.Reader, browser.App.BaseUrl + "/");

        // By name: the list, then the worker.
        await page.GetByRole(AriaRole.Link, new() { Name = "Trabajador" }).ClickAsync();
        await page.GetByLabel("NSS, CURP, RFC o nombre").FillAsync("rosa martínez");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await page.WaitForURLAsync("**/worker?**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = nss })).ToBeVisibleAsync();

        // The payment is matched in the background: the page is read again until it shows.
        for (var i = 0; i < 120 && await page.Locator("ol.strip li.covered").CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("ol.strip li")).ToHaveCountAsync(24);
        await ConsolePages.ShotAsync(page, "worker");
        await ConsolePages.AssertAccessibleAsync(page);
        await Assertions.Expect(page.Locator("ol.strip li.covered")).ToContainTextAsync("cubierto");
        // Enrolled three months ago, nothing paid until now: the months since are not covered; earlier, not enrolled.
        await Assertions.Expect(page.Locator("ol.strip li.uncovered").First).ToContainTextAsync("sin cobertura");
        await Assertions.Expect(page.Locator("ol.strip li.before").First).ToContainTextAsync("antes de inscribirse");
        var paid = fee.ToString("N2", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByText($"conciliado {paid} = aplicado {paid}")).ToBeVisibleAsync();
        await Assertions
            .Expect(page.Locator("ol.history"))
            .ToContainTextAsync($"Pago de {paid} recibido con el depósito");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync("Inscripción el");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync($"Cobertura otorgada para");

        // As of the day before the payment: nothing covered yet.
        await page.GotoAsync($"/worker?q={nss}&asOf={Today.AddDays(-1):yyyy-MM-dd}");
        await Assertions.Expect(page.Locator("ol.strip li.covered")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_credit_only_notified_shows_its_month_as_provisional()
    {
        var nss = "5400000001" + CheckDigits.Nss("5400000001");
        var fee = await EnrollAsync(nss, monthsAgo: 1);
        var notification = new CamtStatement("WP2", "WP2", Today, notification: true).Credit(
            fee,
            Today,
            "WP2A",
            $"PAGO IMSS {nss}"
        );
        Assert.Equal(HttpStatusCode.Created, await browser.App.UploadAsync(notification.Build(1_000_000m), "wp2.xml"));

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await ConsolePages.SignInAsync(page, TestKeys.Reader, browser.App.BaseUrl + "/");

        // By CURP and by RFC, as typed (lower case): the worker is among those found (the tests' workers share both).
        foreach (var identifier in new[] { "hegg560427mvzrrl04", "gode561231gr8" })
        {
            await page.GotoAsync($"/worker?q={identifier}");
            await Assertions.Expect(page.GetByText(nss).First).ToBeVisibleAsync();
        }

        await page.GotoAsync($"/worker?q={nss}");
        for (var i = 0; i < 120 && await page.Locator("ol.strip li.provisional").CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("ol.strip li.provisional")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("ol.strip li.provisional")).ToContainTextAsync("provisional");
        await Assertions.Expect(page.Locator("ol.strip li.covered")).ToHaveCountAsync(0);
    }
}
