using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Setup;

public sealed class OpenApiDocumentTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/fees/quote", "post")]
    [InlineData("/api/workers", "post")]
    [InlineData("/api/workers/{nss}", "get")]
    [InlineData("/api/workers/{nss}/coverage", "get")]
    [InlineData("/api/statements", "post")]
    [InlineData("/api/statements", "get")]
    [InlineData("/api/statements/{id}", "get")]
    [InlineData("/api/statements/{id}/retry", "post")]
    [InlineData("/api/workers/{nss}/history", "get")]
    [InlineData("/api/workers", "get")]
    [InlineData("/api/exceptions", "get")]
    [InlineData("/api/exceptions/{id}/assign", "post")]
    [InlineData("/api/exceptions/{id}/apply", "post")]
    [InlineData("/api/exceptions/{id}/refund", "post")]
    [InlineData("/api/reports/daily", "get")]
    [InlineData("/api/workers/{nss}/notices", "get")]
    public async Task Every_endpoint_is_described_with_an_example(string path, string method)
    {
        var document = await app.Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        var summary = operation.GetProperty("summary").GetString();
        Assert.False(string.IsNullOrEmpty(summary) || summary.Contains('_'), $"{method} {path} has no readable summary: {summary}");
        var success = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2'));
        Assert.True(success.Value.GetProperty("content").EnumerateObject().First().Value.TryGetProperty("example", out _),
            $"{method} {path} has no example of its {success.Name} answer");
        if (method == "post" && operation.TryGetProperty("requestBody", out _))
            Assert.True(operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
    }
}
