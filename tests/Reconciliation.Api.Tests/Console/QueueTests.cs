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

/// <summary>The exception queue worked in a real Chromium: a suspense deposit assigned, a held lot refunded with an
/// approver's approval, a refusal told in words, a reader's page without decisions.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class QueueTests(BrowserFixture browser)
{
    private static readonly DateOnly Today = MexicoCity.Today(TimeProvider.System);

    private static string Nss(string first10) => first10 + CheckDigits.Nss(first10);

    /// <summary>A worker enrolled, and a statement with a credit in suspense (an unknown NSS) and one held for them
    /// (1,300.00, less than a month's fee); waits for both items.</summary>
    private async Task<(string Worker, string Stranger)> StatementAsync(string first10, string reference)
    {
        var (worker, stranger) = (Nss(first10), Nss("9" + first10[1..]));
        using var api = browser.App.Api(TestKeys.Operator);
        (await api.PostAsJsonAsync("/api/workers", WorkerForms.Valid(worker))).EnsureSuccessStatusCode();
        var statement = new CamtStatement(reference, reference, Today)
            .Credit(1300m, Today, reference + "A", $"PAGO IMSS {worker}")
            .Credit(1905.82m, Today, reference + "B", $"PAGO IMSS {stranger}");
        Assert.Equal(
            HttpStatusCode.Created,
            await browser.App.UploadAsync(statement.Build(1_000_000m), $"{reference}.xml")
        );
        for (var i = 0; i < 300; i++)
        {
            var items = await api.GetFromJsonAsync<JsonElement[]>("/api/exceptions?pageSize=1000");
            if (items!.Count(x => x.GetProperty("concept").GetString()?.Contains(first10[1..]) == true) >= 2)
                return (worker, stranger);
            await Task.Delay(200);
        }
        throw new TimeoutException("the statement's items did not appear");
    }

    private async Task<IPage> SignedInAsync(IBrowserContext context, string key)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await ConsolePages.SignInAsync(page, key, browser.App.BaseUrl + "/");
        return page;
    }

    private static async Task OpenItemAsync(IPage page, string nss, string kind, string amount)
    {
        await page.GotoAsync($"/queue?kind={kind}");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = nss }).Filter(new() { HasText = amount });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/queue/item?id=**");
    }

    private static async Task DecideAsync(IPage page, string decision, string reason)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = decision, Exact = true });
        await form.GetByLabel("Motivo (obligatorio)").FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = decision, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    [Fact]
    public async Task An_operator_assigns_a_suspense_deposit_and_refunds_a_held_lot_an_approver_approves()
    {
        var (worker, stranger) = await StatementAsync("5100000001", "CQ1");
        await using var context = await browser.NewContextAsync();
        var page = await SignedInAsync(context, TestKeys.Operator);

        // The deposit in suspense: assigned to the enrolled worker whose NSS the payer mistyped.
        await page.GotoAsync("/queue");
        await ConsolePages.ShotAsync(page, "queue");
        await OpenItemAsync(page, stranger, "suspense", "1,905.82");
        await ConsolePages.ShotAsync(page, "queue-item");
        await ConsolePages.AssertAccessibleAsync(page);
        await Assertions.Expect(page.Locator("dl.facts").Last).ToContainTextAsync("1,905.82");
        await page.GetByLabel("NSS", new() { Exact = true }).FillAsync(worker);
        await DecideAsync(page, "Asignar al trabajador", "the payer mistyped the NSS");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Decisión registrada.");

        // The held lot: the refund is only requested; another operator's decision on it is refused in words.
        await OpenItemAsync(page, worker, "amount", "1,300.00");
        await DecideAsync(page, "Reembolsar", "sent by mistake");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Status))
            .ToHaveTextAsync("Solicitud registrada: espera la aprobación de otra llave.");
        var itemUrl = page.Url;
        await using var other = await browser.NewContextAsync();
        var approverPage = await SignedInAsync(other, TestKeys.Approver);
        await approverPage.GotoAsync(itemUrl);
        await Assertions.Expect(approverPage.Locator(".pending")).ToContainTextAsync(TestKeys.OperatorName);
        await ConsolePages.ShotAsync(approverPage, "queue-approval");
        await ConsolePages.AssertAccessibleAsync(approverPage);
        await DecideAsync(approverPage, "Aprobar", "checked with the payer");
        await Assertions.Expect(approverPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Decisión registrada.");
        await Assertions
            .Expect(approverPage.Locator("ul").Last)
            .ToContainTextAsync($"aprobada por {TestKeys.ApproverName}");

        using var api = browser.App.Api(TestKeys.Reader);
        var coverage = await api.GetFromJsonAsync<JsonElement>($"/api/workers/{worker}/coverage");
        var money = coverage.GetProperty("money");
        // The assigned deposit is the worker's money now (held: their income's fee is another amount); the lot went back.
        Assert.Equal(
            (3205.82m, 1300m, 1905.82m),
            (
                money.GetProperty("matched").GetDecimal(),
                money.GetProperty("refunded").GetDecimal(),
                money.GetProperty("held").GetDecimal()
            )
        );
    }

    [Fact]
    public async Task A_decision_the_item_refuses_is_told_and_a_reader_sees_no_decisions()
    {
        var (worker, _) = await StatementAsync("5200000001", "CQ2");
        await using var context = await browser.NewContextAsync();
        var page = await SignedInAsync(context, TestKeys.Operator);
        await OpenItemAsync(page, worker, "amount", "1,300.00");
        var itemUrl = page.Url;

        // A second operator had the page open: the first requests a refund, the second keeps the lot.
        await using var second = await browser.NewContextAsync();
        var secondPage = await SignedInAsync(second, TestKeys.Approver);
        await secondPage.GotoAsync(itemUrl);
        await DecideAsync(page, "Reembolsar", "sent by mistake");
        await DecideAsync(secondPage, "Mantener retenido", "the worker completes it");
        await Assertions
            .Expect(secondPage.GetByRole(AriaRole.Alert))
            .ToContainTextAsync($"{TestKeys.OperatorName} pidió el");
        await Assertions
            .Expect(secondPage.GetByRole(AriaRole.Link, new() { Name = "Siguiente elemento" }))
            .ToHaveAttributeAsync("accesskey", "n");

        await using var reader = await browser.NewContextAsync();
        var readerPage = await SignedInAsync(reader, TestKeys.Reader);
        await readerPage.GotoAsync(itemUrl);
        await Assertions.Expect(readerPage.GetByText("Su rol permite consultar, no decidir.")).ToBeVisibleAsync();
        Assert.Equal(0, await readerPage.GetByRole(AriaRole.Button, new() { Name = "Reembolsar" }).CountAsync());
        Assert.Equal(0, await readerPage.Locator("form.decision").CountAsync());
    }

    [Fact]
    public async Task An_item_another_operator_decided_meanwhile_is_told_with_who_when_and_what()
    {
        var (worker, stranger) = await StatementAsync("5500000001", "CQ3");
        await using var first = await browser.NewContextAsync();
        var firstPage = await SignedInAsync(first, TestKeys.Operator);
        await OpenItemAsync(firstPage, stranger, "suspense", "1,905.82");
        await using var second = await browser.NewContextAsync();
        var secondPage = await SignedInAsync(second, TestKeys.Approver);
        await secondPage.GotoAsync(firstPage.Url);

        // Both read the item open; the first assigns it, the second tries to assign it too.
        await firstPage.GetByLabel("NSS", new() { Exact = true }).FillAsync(worker);
        await DecideAsync(firstPage, "Asignar al trabajador", "the payer mistyped the NSS");
        await Assertions.Expect(firstPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Decisión registrada.");
        await secondPage.GetByLabel("NSS", new() { Exact = true }).FillAsync(worker);
        await DecideAsync(secondPage, "Asignar al trabajador", "same call, second desk");

        using var api = browser.App.Api(TestKeys.Operator);
        var id = Uri.UnescapeDataString(new Uri(firstPage.Url).Query.Split("id=")[1]);
        var resolved = await api.GetFromJsonAsync<JsonElement[]>("/api/exceptions?status=resolved&pageSize=1000");
        var decision = resolved!.Single(i => i.GetProperty("id").GetString() == id).GetProperty("decision");
        var at = MexicoCity.LocalTime(decision.GetProperty("at").GetDateTimeOffset());
        await Assertions
            .Expect(secondPage.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync(
                "No se tomó la decisión: Este elemento ya fue decidido: asignación a un trabajador, por "
                    + $"{TestKeys.OperatorName}, el {at:yyyy-MM-dd HH:mm} (the payer mistyped the NSS)."
            );
        await ConsolePages.AssertAccessibleAsync(secondPage);
    }
}
