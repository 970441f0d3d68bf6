using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Security;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>
/// Every file received is imported to the end: an upload is background work that outlives its request, and a file left
/// unfinished (a crash, a database error) is resumed by the sweeper from its checkpoint, or given up with its error.
/// </summary>
public sealed class UnfinishedImportTests(UnfinishedImportTests.Fixture app)
    : IClassFixture<UnfinishedImportTests.Fixture>
{
    /// <summary>Small batches, so that a file of a few dozen lines spans several transactions; three attempts at
    /// most.</summary>
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Statements:BatchSize", "5");
            builder.UseSetting("Statements:MaxAttempts", "3");
        }
    }

    private StatementImporter Importer => app.Host.Services.GetRequiredService<StatementImporter>();
    private StatementsSettings Settings => app.Host.Services.GetRequiredService<StatementsSettings>();
    private StatementSweeper Sweeper => app.Host.Services.GetRequiredService<StatementSweeper>();

    /// <summary>A CSV export of <paramref name="count"/> SPEI credits of one April day.</summary>
    private static byte[] CsvOfCredits(int count, int day)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
            text.Append(
                CultureInfo.InvariantCulture,
                $"2026/04/{day:D2},{i:D20},{1000 + i}.00,Abono,TRANSF INTERBANCARIA SPEI,PAGO IMSS {i},/BBVA "
                    + $"MEXICO,PAGO IMSS {i}/BBVA MEXICOFecha de Abono: {day:D2} ABRU{day}X{i}PAYER "
                    + $"{i}/012180001234567899400120000000{i:D3}\n"
            );
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task<int> DepositsOfDayAsync(int day) =>
        (await app.Host.DepositsAsync()).Count(d => d.ValueDate == new DateOnly(2026, 4, day));

    private async Task<JsonElement> WaitForEndAsync(Guid id)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var file = await app.Host.GetAsJson<JsonElement>($"/api/statements/{id}");
            if (
                file.GetProperty("status").GetString() is "imported" or "imported-with-errors" or "failed"
                || DateTime.UtcNow > until
            )
                return file;
            await Task.Delay(100);
        }
    }

    private static HttpContent Body(byte[] content, string name)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Headers.Add("X-File-Name", name);
        return body;
    }

    [Fact]
    public async Task A_client_that_goes_away_during_the_import_changes_nothing()
    {
        var content = CsvOfCredits(60, day: 13);
        // Each batch is slowed, so the import (twelve batches) outlasts the client by far.
        Importer.BeforeCommit = _ => Task.Delay(300);
        try
        {
            using var client = app.Host.Server.CreateClient();
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, TestKeys.Operator);
            using var gone = new CancellationTokenSource();
            var upload = client.PostAsync("/api/statements", Body(content, "gone.csv"), gone.Token);
            // The client goes away once the file is stored and its import has begun.
            var file = default(JsonElement);
            for (var tries = 0; file.ValueKind != JsonValueKind.Object && tries < 600; tries++)
            {
                await Task.Delay(50);
                var listed = await app.Host.GetAsJson<JsonElement>("/api/statements?status=open");
                file = listed.EnumerateArray().FirstOrDefault(f => f.GetProperty("fileName").GetString() == "gone.csv");
            }
            Assert.Equal(JsonValueKind.Object, file.ValueKind);
            await gone.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
            Assert.True(await DepositsOfDayAsync(13) < 60, "the import was still running when the client left");

            var ended = await WaitForEndAsync(file.GetProperty("id").GetGuid());
            Assert.True(ended.GetProperty("status").GetString() == "imported", ended.ToString());
            Assert.Equal(60, ended.Int("deposits"));
            Assert.Equal(1, ended.GetProperty("attempts").GetInt32());
            Assert.Equal(
                $"upload by {TestKeys.OperatorName}",
                ended.GetProperty("history")[0].GetProperty("by").GetString()
            );
        }
        finally
        {
            Importer.BeforeCommit = null;
        }
        Assert.Equal(60, await DepositsOfDayAsync(13));
    }

    [Fact]
    public async Task An_import_longer_than_the_wait_is_answered_202_with_where_to_read_its_report()
    {
        var wait = Settings.UploadWait;
        Settings.UploadWait = TimeSpan.Zero;
        Importer.BeforeCommit = _ => Task.Delay(50);
        try
        {
            using var client = app.Host.Server.CreateClient();
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, TestKeys.Operator);
            var response = await client.PostAsync("/api/statements", Body(CsvOfCredits(30, day: 14), "long.csv"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var id = body.GetProperty("id").GetGuid();
            Assert.Equal($"/api/statements/{id}", response.Headers.Location?.OriginalString);
            Assert.Contains(body.GetProperty("status").GetString(), new[] { "received", "importing" });

            var ended = await WaitForEndAsync(id);
            Assert.True(ended.GetProperty("status").GetString() == "imported", ended.ToString());
            Assert.Equal(30, ended.Int("deposits"));
        }
        finally
        {
            Settings.UploadWait = wait;
            Importer.BeforeCommit = null;
        }
    }

    [Fact]
    public async Task The_sweeper_resumes_a_file_left_importing_from_its_checkpoint_and_records_each_attempt()
    {
        var content = CsvOfCredits(23, day: 15);
        Importer.BeforeCommit = batch =>
            batch == 3 ? throw new IOException("simulated crash before batch 3 commits") : Task.CompletedTask;
        try
        {
            await Assert.ThrowsAsync<IOException>(() =>
                Importer.ImportAsync(new MemoryStream(content), "left.csv", "test", CancellationToken.None)
            );
        }
        finally
        {
            Importer.BeforeCommit = null;
        }
        var open = await app.Host.GetAsJson<JsonElement>("/api/statements?status=importing");
        var left = open.EnumerateArray().Single(f => f.GetProperty("fileName").GetString() == "left.csv");
        Assert.Equal(10, left.GetProperty("lines").GetInt32());
        Assert.Contains("simulated crash", left.GetProperty("lastError").GetString());
        // The health check names it, once it has been idle for longer than the sweeper waits.
        var resumeAfter = Settings.ResumeAfter;
        Settings.ResumeAfter = TimeSpan.Zero;
        try
        {
            var health = await app.Host.Scenario(s => s.Get.Url("/health/ready"));
            var files = health.ReadAsJson<JsonElement>().GetProperty("checks").GetProperty("statement-files");
            Assert.Equal("Degraded", files.GetProperty("status").GetString());
            Assert.True(files.GetProperty("data").GetProperty("idle").GetInt32() >= 1);

            var swept = await Sweeper.RunAsync(anyAge: false, CancellationToken.None);
            Assert.True(swept.Finished >= 1);
        }
        finally
        {
            Settings.ResumeAfter = resumeAfter;
        }

        var id = left.GetProperty("id").GetGuid();
        var file = await app.Host.GetAsJson<JsonElement>($"/api/statements/{id}");
        Assert.Equal("imported", file.GetProperty("status").GetString());
        Assert.Equal(23, file.Int("deposits"));
        Assert.Equal(0, file.Int("duplicates"));
        var history = file.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(
            ("test", "stopped"),
            (history[0].GetProperty("by").GetString(), history[0].GetProperty("outcome").GetString())
        );
        Assert.Contains("simulated crash", history[0].GetProperty("error").GetString());
        Assert.Equal(
            ("sweeper", "imported"),
            (history[1].GetProperty("by").GetString(), history[1].GetProperty("outcome").GetString())
        );
        Assert.Equal(23, await DepositsOfDayAsync(15));
    }

    [Fact]
    public async Task A_file_that_keeps_failing_is_given_up_after_the_last_attempt_and_an_operator_can_retry_it()
    {
        var content = CsvOfCredits(12, day: 16);
        Importer.BeforeCommit = _ => throw new IOException("the disk is full");
        var resumeAfter = Settings.ResumeAfter;
        Settings.ResumeAfter = TimeSpan.Zero;
        Guid id;
        try
        {
            await Assert.ThrowsAsync<IOException>(() =>
                Importer.ImportAsync(new MemoryStream(content), "stuck.csv", "test", CancellationToken.None)
            );
            // Attempts 2 and 3 stop the same way; the next pass finds the limit reached.
            for (var pass = 0; pass < 3; pass++)
                await Sweeper.RunAsync(anyAge: false, CancellationToken.None);
        }
        finally
        {
            Importer.BeforeCommit = null;
            Settings.ResumeAfter = resumeAfter;
        }
        var failed = await app.Host.GetAsJson<JsonElement>("/api/statements?status=failed");
        var file = failed.EnumerateArray().Single(f => f.GetProperty("fileName").GetString() == "stuck.csv");
        id = file.GetProperty("id").GetGuid();
        Assert.Equal(3, file.GetProperty("attempts").GetInt32());
        Assert.Contains("given up after 3 attempts", file.GetProperty("lastError").GetString());
        Assert.Contains("the disk is full", file.GetProperty("lastError").GetString());
        Assert.Equal(0, await DepositsOfDayAsync(16));
        var health = (await app.Host.Scenario(s => s.Get.Url("/health/ready"))).ReadAsJson<JsonElement>();
        Assert.True(
            health
                .GetProperty("checks")
                .GetProperty("statement-files")
                .GetProperty("data")
                .GetProperty("failed")
                .GetInt64() >= 1
        );

        // The cause is gone: the operator's retry resumes from the checkpoint.
        await app.Host.Scenario(s =>
        {
            s.Post.Url($"/api/statements/{id}/retry");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        var retried = await app.Host.GetAsJson<JsonElement>($"/api/statements/{id}");
        Assert.Equal("imported", retried.GetProperty("status").GetString());
        Assert.Equal(12, retried.Int("deposits"));
        Assert.Equal(12, await DepositsOfDayAsync(16));
    }

    [Fact]
    public async Task A_file_of_twenty_thousand_statements_is_imported_with_a_document_per_statement()
    {
        var xml = new StringBuilder(
            """<?xml version="1.0" encoding="UTF-8"?>"""
                + """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr>"""
                + """<MsgId>MANY</MsgId><CreDtTm>2026-04-17T08:00:00</CreDtTm></GrpHdr>"""
        );
        for (var i = 1; i <= 20_000; i++)
            xml.Append(
                CultureInfo.InvariantCulture,
                $"<Stmt><Id>S{i}</Id><Acct><Id><Othr><Id>99990000{i:D6}</Id></Othr></Id><Ccy>MXN</Ccy></Acct></Stmt>"
            );
        xml.Append("</BkToCstmrStmt></Document>");
        Settings.BatchSize = 1000;
        try
        {
            var result = await Importer.ImportAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(xml.ToString())),
                "many.xml",
                "test",
                CancellationToken.None
            );
            Assert.Equal(ImportOutcome.Imported, result.Outcome);
            Assert.Equal(20_000, result.File.Report.StatementCount);
            Assert.Empty(result.File.Report.Statements); // not in the file's document: each in its own

            var page = await app.Host.GetAsJson<JsonElement>(
                $"/api/statements/{result.File.Id}/statements?page=200&pageSize=100"
            );
            Assert.Equal(
                Enumerable.Range(19_901, 100),
                page.EnumerateArray().Select(s => s.GetProperty("ordinal").GetInt32())
            );
            Assert.Equal("S20000", page[99].GetProperty("statementId").GetString());
            var report = await app.Host.GetAsJson<JsonElement>($"/api/statements/{result.File.Id}");
            Assert.Equal(100, report.GetProperty("report").GetProperty("statements").GetArrayLength());
        }
        finally
        {
            Settings.BatchSize = 5;
        }
    }
}
