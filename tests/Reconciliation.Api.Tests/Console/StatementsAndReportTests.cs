using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Console;

/// <summary>Statement files, a failed one retried, the daily report and its CSV, in a real Chromium; and every page of
/// the console checked with axe.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class StatementsAndReportTests(BrowserFixture browser)
{
    private async Task<IPage> SignedInAsync(IBrowserContext context, string key)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await ConsolePages.SignInAsync(page, key, browser.App.BaseUrl + "/");
        return page;
    }

    private static async Task ChooseFileAsync(IPage page, string name, byte[] content)
    {
        await page.GotoAsync("/statements");
        await page.GetByLabel("Archivo del banco")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = name,
                    MimeType = "application/xml",
                    Buffer = content,
                }
            );
    }

    /// <summary>Sends the file chosen and waits for the page it leads to, which must be named by
    /// <paramref name="expected"/> (the page's text is told when it is not).</summary>
    private static async Task SendChosenAsync(IPage page, string expected)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar un archivo" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/statements"), new() { Timeout = 60_000 });
        if (!page.Url.Contains(expected))
            Assert.Fail($"The upload led to {page.Url}, not {expected}: {await page.Locator("body").InnerTextAsync()}");
    }

    [Fact]
    public async Task A_failed_file_shows_its_problems_and_is_retried_and_the_daily_report_downloads_as_csv()
    {
        using var api = browser.App.Api(TestKeys.Operator);
        var truncated = Encoding.UTF8.GetBytes(SampleFiles.Text("mx/imss-camt053-2026-03-10.xml")[..2000]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await browser.App.UploadAsync(truncated, "truncado.xml"));

        await using var context = await browser.NewContextAsync();
        var page = await SignedInAsync(context, TestKeys.Operator);
        await page.GetByRole(AriaRole.Link, new() { Name = "Estados de cuenta" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "truncado.xml" }).ClickAsync();
        await page.WaitForURLAsync("**/statements?id=**");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("falló");
        // Where and why, in the console's words; the last error is that problem, said the same way.
        await Assertions
            .Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasTextRegex = new("^línea \\d+, posición \\d+$") }))
            .ToHaveCountAsync(1);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasText = "el XML no está bien formado" }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("línea");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("el XML no está bien formado");
        await ConsolePages.ShotAsync(page, "statement-failed");
        await ConsolePages.AssertAccessibleAsync(page);
        // In English, as the API says it.
        var fileUrl = page.Url;
        await page.GotoAsync(fileUrl + "&lang=en");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasTextRegex = new("^line \\d+, position \\d+$") }))
            .ToHaveCountAsync(1);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasText = "XML is not well formed: " }))
            .ToHaveCountAsync(1);
        await page.GotoAsync(fileUrl + "&lang=es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reintentar la importación" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Importación reintentada");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("2"); // attempts

        // The daily report: the API's figures, and the same as CSV.
        await page.GetByRole(AriaRole.Link, new() { Name = "Reporte diario" }).ClickAsync();
        await ConsolePages.ShotAsync(page, "daily-report");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Descargar CSV" }).ClickAsync()
        );
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.Equal("date,section,item,count,total", csv[0]);
        var report = await api.GetFromJsonAsync<JsonElement>("/api/reports/daily");
        var matched = report.GetProperty("ledger").GetProperty("matched").GetDecimal();
        Assert.Contains(csv, l => l.EndsWith($",ledger,matched,,{matched:0.00}"));
        Assert.Contains(csv, l => l.EndsWith(",checks,ledger adds up,,yes"));
    }

    [Fact]
    public async Task A_file_uploaded_from_the_console_is_imported_to_its_end_and_a_forged_upload_is_refused()
    {
        var today = global::Reconciliation.Domain.Time.MexicoCity.Today(TimeProvider.System);
        var statement = new global::Reconciliation.Api.Tests.Reconciliation.CamtStatement("UP1", "UP1", today).Credit(
            1905.82m,
            today,
            "UP1A",
            "PAGO IMSS 99999999999"
        );
        await using var context = await browser.NewContextAsync();
        var page = await SignedInAsync(context, TestKeys.Operator);
        await ChooseFileAsync(page, "subido.xml", statement.Build(1_000_000m));
        await ConsolePages.ShotAsync(page, "statements");
        await SendChosenAsync(page, "/statements?id=");
        // Shown again until the import ends.
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("importado", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "subido.xml" })).ToBeVisibleAsync();

        // Today lists it with its checks, and the chart of 30 days counts its credit (in suspense: nobody has that NSS).
        await page.GotoAsync("/");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "subido.xml" });
        await Assertions.Expect(row).ToContainTextAsync("importado");
        await Assertions.Expect(row).ToContainTextAsync("correcto"); // its balances add up
        await Assertions.Expect(page.Locator("svg.chart g")).ToHaveCountAsync(30);
        await ConsolePages.ShotAsync(page, "today");
        var todayRow = page.Locator("details tbody tr").Last;
        await Assertions.Expect(todayRow.Locator("td").First).ToHaveTextAsync(today.ToString("yyyy-MM-dd"));
        Assert.True(int.Parse((await todayRow.Locator("td").Nth(2).TextContentAsync())!) >= 1); // in suspense

        // Over Statements:MaxFileBytes: the script says so before sending anything.
        await ChooseFileAsync(page, "grande.xml", new byte[BrowserFixture.MaxFileBytes + 1]);
        await SendChosenAsync(page, "refused=too-large");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("pasa del límite");

        var forged = await context.APIRequest.PostAsync(
            "/statements/upload",
            new()
            {
                Data = "x",
                Headers = new Dictionary<string, string> { ["X-File-Name"] = "forged.xml" },
            }
        );
        Assert.Equal(400, forged.Status);
    }

    [Fact]
    public async Task Without_javascript_the_form_itself_uploads_and_a_file_sent_again_or_too_large_is_said()
    {
        var today = global::Reconciliation.Domain.Time.MexicoCity.Today(TimeProvider.System);
        var statement = new global::Reconciliation.Api.Tests.Reconciliation.CamtStatement("NJ1", "NJ1", today)
            .Credit(2210.40m, today, "NJ1A", "PAGO IMSS 99999999998")
            .Build(1_000_000m);
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await SignedInAsync(context, TestKeys.Operator);

        await ChooseFileAsync(page, "sin-script.xml", statement);
        await SendChosenAsync(page, "/statements?id=");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("importado", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "sin-script.xml" })).ToBeVisibleAsync();
        var fileUrl = page.Url;

        // The same content again leads to the same file, and changes nothing.
        await ChooseFileAsync(page, "otra-vez.xml", statement);
        await SendChosenAsync(page, "again=true");
        Assert.StartsWith(fileUrl, page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ya se había recibido");

        // Over Statements:MaxFileBytes: said, and nothing kept.
        await ChooseFileAsync(page, "grande.xml", new byte[BrowserFixture.MaxFileBytes + 1]);
        await SendChosenAsync(page, "refused=too-large");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Alert))
            .ToContainTextAsync("pasa del límite de 4,000,000 bytes");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "grande.xml" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "otra-vez.xml" })).ToHaveCountAsync(0);

        // The form's token is read before its file, never after it: a form without one, or with one after its file, is
        // refused; the page's own order (token, then file) is taken.
        var token = await page.Locator("#upload input[name=__RequestVerificationToken]").InputValueAsync();
        var another = new FilePayload
        {
            Name = "orden.xml",
            MimeType = "application/xml",
            Buffer = new global::Reconciliation.Api.Tests.Reconciliation.CamtStatement("NJ2", "NJ2", today)
                .Credit(2210.40m, today, "NJ2A", "PAGO IMSS 99999999998")
                .Build(1_000_000m),
        };
        async Task<IAPIResponse> PostFormAsync(params (string Name, object Value)[] fields)
        {
            var form = context.APIRequest.CreateFormData();
            foreach (var (name, value) in fields)
                if (value is FilePayload file)
                    form.Append(name, file);
                else
                    form.Append(name, (string)value);
            return await context.APIRequest.PostAsync(
                "/statements/upload",
                new() { Multipart = form, MaxRedirects = 0 }
            );
        }
        Assert.Equal(400, (await PostFormAsync(("file", another))).Status);
        Assert.Equal(400, (await PostFormAsync(("file", another), ("__RequestVerificationToken", token))).Status);
        var taken = await PostFormAsync(("__RequestVerificationToken", token), ("file", another));
        Assert.Equal(303, taken.Status);
        Assert.StartsWith("/statements?id=", taken.Headers["location"]);
    }

    [Theory]
    [InlineData("/login", null)]
    [InlineData("/", TestKeys.Operator)]
    [InlineData("/queue?status=all", TestKeys.Operator)]
    [InlineData("/worker?q=nadie", TestKeys.Reader)]
    [InlineData("/statements", TestKeys.Operator)]
    [InlineData("/report", TestKeys.Reader)]
    [InlineData("/denied", TestKeys.Reader)]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation(string path, string? key)
    {
        await using var context = await browser.NewContextAsync();
        var page = key is null ? await context.NewPageAsync() : await SignedInAsync(context, key);
        await page.GotoAsync(path);
        await ConsolePages.AssertAccessibleAsync(page);
    }
}
