using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Setup;

public sealed class OpenApiDocumentTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/fees/quote", "post", "reader")]
    [InlineData("/api/workers", "post", "operator")]
    [InlineData("/api/workers/{nss}", "get", "reader")]
    [InlineData("/api/workers/{nss}/coverage", "get", "reader")]
    [InlineData("/api/statements", "post", "operator")]
    [InlineData("/api/statements", "get", "reader")]
    [InlineData("/api/statements/{id}", "get", "reader")]
    [InlineData("/api/statements/{id}/retry", "post", "operator")]
    [InlineData("/api/workers/{nss}/history", "get", "reader")]
    [InlineData("/api/workers", "get", "reader")]
    [InlineData("/api/exceptions", "get", "operator")]
    [InlineData("/api/exceptions/{id}/assign", "post", "operator")]
    [InlineData("/api/exceptions/{id}/apply", "post", "operator")]
    [InlineData("/api/exceptions/{id}/refund", "post", "operator")]
    [InlineData("/api/exceptions/{id}/approve", "post", "approver")]
    [InlineData("/api/reports/daily", "get", "reader")]
    [InlineData("/api/workers/{nss}/notices", "get", "reader")]
    public async Task Every_endpoint_is_described_with_an_example_and_the_role_it_needs(
        string path,
        string method,
        string role
    )
    {
        var document = await app.Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        var summary = operation.GetProperty("summary").GetString();
        Assert.False(
            string.IsNullOrEmpty(summary) || summary.Contains('_'),
            $"{method} {path} has no readable summary: {summary}"
        );
        var success = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2'));
        Assert.True(
            success.Value.GetProperty("content").EnumerateObject().First().Value.TryGetProperty("example", out _),
            $"{method} {path} has no example of its {success.Name} answer"
        );
        if (method == "post" && operation.TryGetProperty("requestBody", out _))
            Assert.True(
                operation
                    .GetProperty("requestBody")
                    .GetProperty("content")
                    .GetProperty("application/json")
                    .TryGetProperty("example", out _)
            );

        Assert.EndsWith($"Role: {role}.", operation.GetProperty("description").GetString());
        Assert.Equal("ApiKey", operation.GetProperty("security")[0].EnumerateObject().Single().Name);
        foreach (var status in new[] { "401", "403", "429" })
            Assert.True(
                operation.GetProperty("responses").TryGetProperty(status, out _),
                $"{method} {path} does not describe its {status} answer"
            );
    }

    [Fact]
    public async Task The_document_declares_the_api_key_header()
    {
        var document = await app.Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }
}
