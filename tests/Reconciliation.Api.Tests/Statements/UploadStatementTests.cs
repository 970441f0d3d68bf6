using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Statements;

public sealed class UploadStatementTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_statement_is_imported_once_and_its_report_can_be_read()
    {
        var content = SampleFiles.Bytes("mx/imss-camt053-2026-03-10.xml");

        var (status, body) = await app.Host.UploadAsync(content, "scotiabank-20260310.xml");
        Assert.Equal(201, status);
        Assert.Equal("imported", body.GetProperty("outcome").GetString());
        Assert.Equal("camt.053", body.GetProperty("report").GetProperty("format").GetString());
        Assert.Equal(7, body.Int("lines"));
        Assert.Equal(5, body.Int("credits"));
        Assert.Equal(2, body.Int("debits"));
        Assert.Equal(4, body.Int("deposits")); // two SPEI credits and the two parts of the batch; not the pending one
        Assert.Equal(16840.74m, body.GetProperty("report").GetProperty("depositTotal").GetDecimal());
        var statement = body.GetProperty("report").GetProperty("statements")[0];
        Assert.Equal("ok", statement.GetProperty("balanceCheck").GetString());
        Assert.Equal("first", statement.GetProperty("continuity").GetString());

        var id = body.GetProperty("id").GetGuid();
        var report = await app.Host.GetAsJson<JsonElement>($"/api/statements/{id}");
        Assert.Equal("imported", report.GetProperty("status").GetString());
        Assert.Equal("scotiabank-20260310.xml", report.GetProperty("fileName").GetString());
        // who sent it
        Assert.Equal("upload by " + $"{Hosting.TestKeys.OperatorName}", report.GetProperty("source").GetString());

        // The same content again, under another name: nothing changes, and the answer says so.
        var (again, second) = await app.Host.UploadAsync(content, "copy.xml");
        Assert.Equal(200, again);
        Assert.Equal("already-imported", second.GetProperty("outcome").GetString());
        Assert.Equal(id, second.GetProperty("id").GetGuid());
        Assert.Equal(4, (await app.Host.DepositsAsync()).Count(d => d.StatementFileId == id));
    }

    [Fact]
    public async Task A_multipart_upload_of_an_MT940_file_is_imported()
    {
        var (status, body) = await app.Host.UploadAsync(
            SampleFiles.Bytes("mx/imss-mt940-year-end.sta"),
            "imss.sta",
            multipart: true
        );
        Assert.Equal(201, status);
        Assert.Equal("imss.sta", body.GetProperty("fileName").GetString());
        Assert.Equal("mt940", body.GetProperty("report").GetProperty("format").GetString());
        // Three credits to IMSS (the reversal is a debit), one credit of another account.
        Assert.Equal(3, body.Int("deposits"));
        Assert.Equal(
            1,
            body.GetProperty("report").GetProperty("byDisposition").GetProperty("other-account").GetInt32()
        );
    }

    [Fact]
    public async Task An_unreadable_file_is_refused_with_where_and_why_and_nothing_is_written()
    {
        var before = (await app.Host.DepositsAsync()).Count;
        var bytes = Encoding.UTF8.GetBytes(SampleFiles.Text("mx/imss-camt053-2026-03-10.xml")[..2000]);

        var (status, body) = await app.Host.UploadAsync(bytes, "truncated.xml");

        Assert.Equal(422, status);
        Assert.Contains("cannot be read", body.GetProperty("detail").GetString());
        var problem = body.GetProperty("problems")[0];
        Assert.StartsWith("line ", problem.GetProperty("location").GetString());
        Assert.True(problem.GetProperty("fatal").GetBoolean());
        Assert.Equal(before, (await app.Host.DepositsAsync()).Count);

        // Kept, with its error, and can be retried.
        var id = body.GetProperty("statementFileId").GetGuid();
        var file = await app.Host.GetAsJson<JsonElement>($"/api/statements/{id}");
        Assert.Equal("failed", file.GetProperty("status").GetString());
        Assert.Contains("not well formed", file.GetProperty("lastError").GetString());
        await app.Host.Scenario(s =>
        {
            s.Post.Url($"/api/statements/{id}/retry");
            s.StatusCodeShouldBe(HttpStatusCode.UnprocessableEntity);
        });
        var retried = await app.Host.GetAsJson<JsonElement>($"/api/statements/{id}");
        Assert.Equal(2, retried.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var (status, body) = await app.Host.UploadAsync("just some text\n"u8.ToArray(), "notes.txt");
        Assert.Equal(422, status);
        Assert.Contains("unknown format", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Every_public_sample_goes_through_the_pipeline()
    {
        foreach (
            var name in new[]
            {
                "public/genkgo-camt__camt053.v2.minimal.xml",
                "public/genkgo-camt__camt053.v8.xml",
                "public/genkgo-camt__camt054.v8.xml",
                "public/wolph-mt940__citi_mt940.txt",
                "public/wolph-mt940__self-provided_multiline.sta",
            }
        )
        {
            var (status, body) = await app.Host.UploadAsync(SampleFiles.Bytes(name), Path.GetFileName(name));
            Assert.True(status is 200 or 201, $"{name}: {status} {body}");
            // Accounts other than IMSS: recorded, no deposit.
            Assert.Equal(0, body.Int("deposits"));
            Assert.Equal(
                body.Int("lines"),
                body.GetProperty("report").GetProperty("byDisposition").GetProperty("other-account").GetInt32()
            );
        }
    }

    [Fact]
    public async Task An_unknown_statement_is_not_found() =>
        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/api/statements/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
}
