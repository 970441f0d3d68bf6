using System.Net;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>The application on 25 March 2026 (noon, Mexico City), for the tests of money off the happy path.</summary>
public class MoneyFixture : AppFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 25, 18, 0, 0, TimeSpan.Zero);

    protected override void Configure(IWebHostBuilder builder) => builder.UseFixedClock(Now);

    private int _file;

    /// <summary>Uploads a statement and waits for its matching and reversals; each file gets a statement id of its
    /// own.</summary>
    public async Task<JsonElement> UploadAsync(Func<string, CamtStatement> statement)
    {
        var name = $"F{Interlocked.Increment(ref _file)}";
        var (status, body) = await Host.UploadAndMatchAsync(statement(name).Build(1_000_000m), $"{name}.xml");
        Assert.True(status == 201, $"upload answered {status}: {body}");
        return body;
    }
}

/// <summary>Reading and deciding through HTTP, as an operator does.</summary>
public static class MoneyApi
{
    public const decimal Fee = 1905.82m; // general zone, minimum wage, 2026 (from February)

    public static DateOnly D(int m, int d) => new(2026, m, d);

    public static string Nss(string first10) => first10 + CheckDigits.Nss(first10);

    public static Task<JsonElement> CoverageAsync(this IAlbaHost host, string nss, DateOnly? asOf = null) =>
        host.GetAsJson<JsonElement>($"/api/workers/{nss}/coverage{(asOf is { } d ? $"?asOf={d:yyyy-MM-dd}" : "")}");

    public static string[] Months(this JsonElement coverage) =>
        coverage.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()!).ToArray();

    public static decimal Money(this JsonElement coverage, string name) =>
        coverage.GetProperty("money").GetProperty(name).GetDecimal();

    /// <summary>Matched = applied + held + refunded + reversed + transferred, to the centavo.</summary>
    public static void AssertConserved(this JsonElement coverage) =>
        Assert.Equal(
            coverage.Money("matched"),
            coverage.Money("applied")
                + coverage.Money("held")
                + coverage.Money("refunded")
                + coverage.Money("reversed")
                + coverage.Money("transferred")
        );

    public static async Task<JsonElement[]> ItemsAsync(this IAlbaHost host, string kind, string? nss = null) =>
        (await host.GetAsJson<JsonElement[]>($"/api/exceptions?kind={kind}&status=all&pageSize=1000"))!
            .Where(i => nss is null || (i.TryGetProperty("nss", out var n) && n.GetString() == nss))
            .ToArray();

    /// <summary>
    /// A decision as an operator takes it (by <paramref name="key"/>). Money going out (a refund, a split) is, by
    /// default, only requested (202) and carried out when another key approves it: when the decision is expected to
    /// go through, the approver approves it here, and the approval's answer is returned.
    /// </summary>
    public static async Task<IScenarioResult> DecideAsync(
        this IAlbaHost host,
        string itemId,
        string action,
        object body,
        HttpStatusCode expected,
        string key = TestKeys.Operator
    )
    {
        var approved = expected == HttpStatusCode.OK && action is "refund" or "split";
        var result = await host.PostAsync(itemId, action, body, approved ? HttpStatusCode.Accepted : expected, key);
        if (!approved)
            return result;
        return await host.PostAsync(itemId, "approve", new { reason = "checked" }, expected, TestKeys.Approver);
    }

    public static Task<IScenarioResult> PostAsync(
        this IAlbaHost host,
        string itemId,
        string action,
        object body,
        HttpStatusCode expected,
        string key
    ) =>
        host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl($"/api/exceptions/{Uri.EscapeDataString(itemId)}/{action}");
            s.WithRequestHeader(Api.Security.ApiKeyAuthenticationHandler.Header, key);
            s.StatusCodeShouldBe(expected);
        });

    public static string Id(this JsonElement item) => item.GetProperty("id").GetString()!;

    public static string Text(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
