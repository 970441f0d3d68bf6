using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Security;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Workers;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Api.Tests.Security;

/// <summary>Every endpoint but health needs a key; each role may do what it is for and no more; refusals are problem
/// documents.</summary>
public sealed class AuthenticationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string Nss = "4000000001" + CheckDigits.Nss("4000000001");

    /// <summary>Every endpoint the application maps, with its route parameters filled in.</summary>
    private List<(string Method, string Path)> AllEndpoints() =>
        app
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
                (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                    (
                        m,
                        "/"
                            + Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{\*?\*?([^}:]+)[^}]*\}", p =>
                                p.Groups[1].Value == "nss" ? Nss : "x"
                            )
                    )
                )
            )
            .Distinct()
            .ToList();

    private async Task<IScenarioResult> SendAsync(
        string method,
        string path,
        string key,
        HttpStatusCode expected,
        object? body = null
    ) =>
        await app.Host.Scenario(s =>
        {
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, key);
            if (method == "POST")
                s.Post.Json(body ?? new { }).ToUrl(path);
            else
                s.Get.Url(path);
            s.StatusCodeShouldBe(expected);
        });

    [Fact]
    public async Task Without_a_key_every_endpoint_but_health_answers_401_as_a_problem()
    {
        var endpoints = AllEndpoints();
        Assert.Contains(endpoints, e => e.Path == "/api/workers" && e.Method == "POST");
        Assert.Contains(endpoints, e => e.Path.StartsWith("/hangfire"));
        Assert.Contains(endpoints, e => e.Path.StartsWith("/openapi"));
        Assert.Contains(endpoints, e => e.Path.StartsWith("/scalar"));

        var open = new List<string>();
        foreach (var (method, path) in endpoints.Where(e => e.Method is "GET" or "POST"))
        {
            var result = await app.Host.Scenario(s =>
            {
                s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, "");
                if (method == "POST")
                    s.Post.Json(new { }).ToUrl(path);
                else
                    s.Get.Url(path);
                s.IgnoreStatusCode();
            });
            if (result.Context.Response.StatusCode != 401)
            {
                open.Add($"{method} {path} ({result.Context.Response.StatusCode})");
                continue;
            }
            Assert.Equal("application/problem+json", result.Context.Response.ContentType);
            Assert.Contains("X-Api-Key", result.Context.Response.Headers.WWWAuthenticate.ToString());
        }
        // The API reference page's own script and icon are public files (no data), served to the login prompt's page;
        // the console's login page and style sheet are public too (its forms refuse a POST without their token:
        // SignInTests).
        Assert.Equal(
            [
                "GET /console.css (200)",
                "GET /console.js (200)",
                "GET /denied (403)",
                "GET /health/live (200)",
                "GET /health/ready (200)",
                "GET /login (200)",
                "GET /logout (302)",
            ],
            open.Where(e => !Regex.IsMatch(e, @"^GET /scalar/[\w.-]+\.(js|svg) \(200\)$")).Order()
        );
    }

    [Fact]
    public async Task A_wrong_key_is_told_apart_from_a_missing_one()
    {
        var result = await SendAsync(
            "GET",
            $"/api/workers/{Nss}/coverage",
            "imss_guessed",
            HttpStatusCode.Unauthorized
        );
        var problem = result.ReadAsJson<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("not valid", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_reader_queries_coverage_but_may_not_enroll_import_or_decide()
    {
        await SendAsync("POST", "/api/workers", TestKeys.Operator, HttpStatusCode.Created, WorkerForms.Valid(Nss));
        await SendAsync("GET", $"/api/workers/{Nss}/coverage", TestKeys.Reader, HttpStatusCode.OK);
        await SendAsync("GET", $"/api/workers/{Nss}", TestKeys.Reader, HttpStatusCode.OK);
        await SendAsync(
            "POST",
            "/api/fees/quote",
            TestKeys.Reader,
            HttpStatusCode.OK,
            new
            {
                monthlyIncome = 9582.47m,
                zone = "general",
                date = "2026-03-10",
            }
        );
        await SendAsync("GET", "/openapi/v1.json", TestKeys.Reader, HttpStatusCode.OK);
        await SendAsync("GET", "/scalar/v1", TestKeys.Reader, HttpStatusCode.OK);

        var refused = await SendAsync(
            "POST",
            "/api/workers",
            TestKeys.Reader,
            HttpStatusCode.Forbidden,
            WorkerForms.Valid("4000000002" + CheckDigits.Nss("4000000002"))
        );
        Assert.Equal("application/problem+json", refused.Context.Response.ContentType);
        Assert.Contains(TestKeys.ReaderName, refused.ReadAsJson<JsonElement>().GetProperty("detail").GetString());
        await SendAsync("POST", "/api/statements", TestKeys.Reader, HttpStatusCode.Forbidden);
        await SendAsync("POST", "/api/statements/x/retry", TestKeys.Reader, HttpStatusCode.Forbidden);
        await SendAsync("GET", "/api/exceptions", TestKeys.Reader, HttpStatusCode.Forbidden);
        await SendAsync(
            "POST",
            "/api/exceptions/x/refund",
            TestKeys.Reader,
            HttpStatusCode.Forbidden,
            new { reason = "r" }
        );

        // Higher roles hold the lower ones.
        await SendAsync("GET", "/api/exceptions", TestKeys.Operator, HttpStatusCode.OK);
        await SendAsync("GET", "/api/exceptions", TestKeys.Admin, HttpStatusCode.OK);
        await SendAsync("GET", $"/api/workers/{Nss}/coverage", TestKeys.Admin, HttpStatusCode.OK);
    }
}

/// <summary>The key configuration: hashes only, checked at start; the local key made on the first run.</summary>
public sealed class ApiKeyConfigurationTests
{
    [Fact]
    public void A_misconfigured_key_stops_the_start_naming_it()
    {
        var settings = new SecuritySettings();
        settings.ApiKeys["maria"] = new ApiKeyEntry { Role = "superuser", Hash = ApiKey.Hash("k1") };
        settings.ApiKeys["pedro"] = new ApiKeyEntry { Role = "reader", Hash = "0123" };
        settings.ApiKeys["luis"] = new ApiKeyEntry { Role = "reader", Hash = ApiKey.Hash("k3") };
        settings.ApiKeys["luis2"] = new ApiKeyEntry { Role = "admin", Hash = ApiKey.Hash("k3") };
        var error = Assert.Throws<InvalidOperationException>(() => new ApiKeyRegistry(settings)).Message;
        Assert.Contains("Security:ApiKeys:maria:Role is 'superuser'", error);
        Assert.Contains("Security:ApiKeys:pedro:Hash must be", error);
        Assert.Contains("Security:ApiKeys:luis2:Hash is the same key as luis", error);
    }

    [Fact]
    public void Keys_are_found_by_their_hash_and_carry_their_role()
    {
        var key = ApiKey.New();
        Assert.Matches("^imss_[A-Za-z0-9_-]{43}$", key);
        var settings = new SecuritySettings();
        settings.ApiKeys["ana_lopez"] = new ApiKeyEntry
        {
            Role = "Operator",
            Hash = ApiKey.Hash(key).ToUpperInvariant().Replace("SHA256:", "sha256:"),
        };
        var registry = new ApiKeyRegistry(settings);
        Assert.Equal(new ApiKeyIdentity("ana_lopez", "operator"), registry.Find(key));
        Assert.Null(registry.Find(key + "x"));
        Assert.Null(registry.Find(""));
    }

    [Fact]
    public void The_first_run_makes_an_owner_only_operator_key_file_and_later_runs_read_it()
    {
        var folder = Directory.CreateTempSubdirectory("first-run-").FullName;
        try
        {
            var path = Path.Combine(folder, ".data", "api-key");
            var first = Registry(path);
            var key = File.ReadAllText(path).Trim();
            Assert.Equal(new ApiKeyIdentity(FirstRunKey.Name, ApiRoles.Operator), first.Find(key));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));

            Assert.Equal(FirstRunKey.Name, Registry(path).Find(key)?.Name); // the same key at the next start
            File.Delete(path);
            Assert.Null(Registry(path).Find(key)); // a deleted file gives a new key
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        static ApiKeyRegistry Registry(string path)
        {
            var builder = WebApplication.CreateBuilder();
            builder.Configuration["Security:FirstRunKeyFile"] = path;
            FirstRunKey.Register(builder);
            return new ApiKeyRegistry(
                builder.Configuration.GetSection(SecuritySettings.Section).Get<SecuritySettings>()!
            );
        }
    }
}
