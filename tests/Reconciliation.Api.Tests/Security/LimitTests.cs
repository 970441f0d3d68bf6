using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Reconciliation.Api.Security;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Workers;

namespace Reconciliation.Api.Tests.Security;

public sealed class LimitedAppFixture : AppFixture
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:RateLimitPerSecond", "1");
        builder.UseSetting("Security:RateLimitBurst", "5");
        builder.UseSetting("Security:MaxRequestBodyBytes", "4096");
    }
}

public sealed class OneUploadAtATimeFixture : AppFixture
{
    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("Security:ConcurrentUploadsPerKey", "1");
}

/// <summary>Rate limits per key, body size limits, and uploads a key may run at once.</summary>
public sealed class LimitTests(LimitedAppFixture app) : IClassFixture<LimitedAppFixture>
{
    [Fact]
    public async Task A_key_over_its_rate_gets_429_with_a_retry_time_and_other_keys_go_on()
    {
        var statuses = new List<int>();
        IScenarioResult? refused = null;
        for (var i = 0; i < 8 && refused is null; i++)
        {
            var result = await app.Host.Scenario(s =>
            {
                s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, TestKeys.Reader);
                s.Get.Url("/api/statements");
                s.IgnoreStatusCode();
            });
            statuses.Add(result.Context.Response.StatusCode);
            if (result.Context.Response.StatusCode == 429)
                refused = result;
        }
        Assert.NotNull(refused);
        Assert.True(statuses.Count(s => s == 200) >= 5, string.Join(",", statuses)); // the burst passes
        Assert.Equal("application/problem+json", refused.Context.Response.ContentType);
        Assert.True(int.Parse(refused.Context.Response.Headers.RetryAfter.ToString()) >= 1);
        Assert.Contains("requests per second", refused.ReadAsJson<JsonElement>().GetProperty("detail").GetString());

        // Health probes are never limited; another key has its own allowance.
        for (var i = 0; i < 3; i++)
            await app.Host.Scenario(s =>
            {
                s.Get.Url("/health/live");
                s.StatusCodeShouldBeOk();
            });
        await app.Host.Scenario(s =>
        {
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, TestKeys.Admin);
            s.Get.Url("/api/statements");
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read_but_a_statement_may_be_larger()
    {
        var form = WorkerForms.Valid("4100000001" + Domain.Identifiers.CheckDigits.Nss("4100000001"));
        form["name"] = new string('A', 5000);
        var result = await app.Host.Scenario(s =>
        {
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, TestKeys.Admin);
            s.Post.Json(form).ToUrl("/api/workers");
            s.StatusCodeShouldBe(HttpStatusCode.RequestEntityTooLarge);
        });
        Assert.Contains(
            "Security:MaxRequestBodyBytes",
            result.ReadAsJson<JsonElement>().GetProperty("detail").GetString()
        );

        var statement = new CamtStatement("L1", "1", new DateOnly(2026, 3, 31));
        for (var i = 0; i < 40; i++)
            statement.Credit(100m + i, new DateOnly(2026, 3, 10), $"LIM{i:D4}", "PAGO SIN REFERENCIA");
        var file = statement.Build(0m);
        Assert.True(file.Length > 4096);
        using var client = app.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, TestKeys.Operator);
        var response = await client.PostAsync("/api/statements", new ByteArrayContent(file));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

/// <summary>Statement uploads a key may run at once: each holds a file and an import.</summary>
public sealed class UploadConcurrencyTests(OneUploadAtATimeFixture app) : IClassFixture<OneUploadAtATimeFixture>
{
    [Fact]
    public async Task A_key_runs_one_upload_at_a_time_here_and_a_second_is_refused_while_the_first_is_sending()
    {
        var release = new TaskCompletionSource();
        using var client = app.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, TestKeys.Operator);
        var statement = new CamtStatement("C1", "1", new DateOnly(2026, 3, 31))
            .Credit(100m, new DateOnly(2026, 3, 10), "SLOW0001", "PAGO")
            .Build(0m);
        var slow = client.PostAsync("/api/statements", new SlowContent(statement, release.Task));

        // Inside the endpoint, the slow upload is being written to the store: from then on it holds the key's one
        // upload.
        var store = Path.Combine(app.StatementsRoot, "store");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(Directory.Exists(store) && Directory.EnumerateFiles(store, ".incoming-*").Any()))
        {
            if (slow.IsCompleted)
                Assert.Fail($"the slow upload ended early: {(await slow).StatusCode}");
            Assert.True(DateTime.UtcNow < deadline, "the slow upload never reached the endpoint");
            await Task.Delay(20);
        }
        var refused = await client.PostAsync("/api/statements", new ByteArrayContent("2026/03/10,x"u8.ToArray()));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("uploads in progress", await refused.Content.ReadAsStringAsync());

        release.SetResult();
        Assert.Equal(HttpStatusCode.Created, (await slow).StatusCode);
    }

    /// <summary>A body that sends its first bytes and waits before the rest, as a slow client does.</summary>
    private sealed class SlowContent(byte[] content, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(content.AsMemory(0, 10));
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(content.AsMemory(10));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = content.Length;
            return true;
        }
    }
}
