using System.Diagnostics;
using Alba;
using Microsoft.Extensions.Configuration;
using MimeKit;
using Reconciliation.Api.Security;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Jobs.Notices;

namespace Reconciliation.Api.Tests.Security;

/// <summary>What a deployment gets without configuring anything: headers on every answer, only local host names, no
/// key made for it, no mail in plain text.</summary>
public sealed class SafeDefaultsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/workers/40000000014/coverage", TestKeys.Reader, 404)]
    [InlineData("/api/exceptions", "", 401)]
    [InlineData("/api/exceptions", TestKeys.Reader, 403)]
    [InlineData("/api/reports/daily?date=2026-04-10", TestKeys.Reader, 200)]
    [InlineData("/health/live", "", 200)]
    [InlineData("/openapi/v1.json", TestKeys.Reader, 200)]
    [InlineData("/scalar/v1", TestKeys.Reader, 200)]
    [InlineData("/hangfire", TestKeys.Admin, 200)]
    [InlineData("/login", "", 200)]
    [InlineData("/", TestKeys.Reader, 200)]
    public async Task Every_answer_carries_the_security_headers(string path, string key, int status)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.WithRequestHeader(ApiKeyAuthenticationHandler.Header, key);
            s.Get.Url(path);
            s.StatusCodeShouldBe(status);
        });
        var headers = result.Context.Response.Headers;
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("DENY", headers.XFrameOptions.ToString());
        Assert.Equal("no-referrer", headers["Referrer-Policy"].ToString());
        var expected =
            path.StartsWith("/scalar") || path.StartsWith("/hangfire") ? SecurityHeaders.PagePolicy
            : path.StartsWith("/api") || path.StartsWith("/health") || path.StartsWith("/openapi")
                ? SecurityHeaders.ApiPolicy
            : SecurityHeaders.ConsolePolicy;
        Assert.Equal(expected, headers.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", headers.ContentSecurityPolicy.ToString());
        if (path.StartsWith("/api"))
            Assert.Equal("no-store", headers.CacheControl.ToString());
    }

    [Fact]
    public async Task A_request_for_a_host_name_not_configured_is_refused()
    {
        await app.Host.Scenario(s =>
        {
            s.WithRequestHeader("Host", "reconciliation.attacker.example");
            s.Get.Url("/health/live");
            s.StatusCodeShouldBe(400);
        });
        await app.Host.Scenario(s =>
        {
            s.WithRequestHeader("Host", "127.0.0.1:5080");
            s.Get.Url("/health/live");
            s.StatusCodeShouldBe(200);
        });
    }

    [Fact]
    public void The_first_run_key_is_made_only_where_development_or_ops_run_asks_for_it()
    {
        var folder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        IConfiguration Settings(params string[] files) =>
            files
                .Aggregate((IConfigurationBuilder)new ConfigurationBuilder(), (b, f) =>
                    b.AddJsonFile(Path.Combine(folder, f))
                )
                .Build();

        Assert.Null(Settings("appsettings.json")["Security:FirstRunKeyFile"]);
        Assert.Equal(
            ".data/api-key",
            Settings("appsettings.json", "appsettings.Development.json")["Security:FirstRunKeyFile"]
        );
        Assert.Equal("localhost;127.0.0.1;[::1]", Settings("appsettings.json")["AllowedHosts"]);
    }

    [Theory]
    [InlineData]
    [InlineData("run")] // JasperFx's command that serves too
    public async Task Production_without_keys_refuses_to_start_says_how_to_make_one_and_makes_none(params string[] args)
    {
        var (exitCode, output, madeFiles) = await StartAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, args);

        Assert.Equal(1, exitCode);
        Assert.Contains("No API key is configured", output);
        Assert.Contains("ops/apikey", output);
        Assert.Empty(madeFiles); // no .data/api-key in its working folder
    }

    [Fact]
    public async Task Smtp_that_could_send_in_plain_text_stops_the_start_unless_allowed()
    {
        var (exitCode, output, _) = await StartAsync(
            new()
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Security__ApiKeys__ana__Role"] = "operator",
                ["Security__ApiKeys__ana__Hash"] = ApiKey.Hash("k"),
                ["Notices__Smtp__Host"] = "smtp.example.org",
                ["Notices__Smtp__Security"] = "Auto",
            }
        );
        Assert.Equal(1, exitCode);
        Assert.Contains("Notices:Smtp:Security is 'Auto', which can send mail and the SMTP password in plain", output);

        Assert.Contains("StartTls or SslOnConnect", Refusal("None"));
        Assert.Contains("'4'", Refusal("4"));
        Assert.Contains("'tls'", Refusal("tls"));
        Assert.Contains("'SslOnConnect,StartTlsWhenAvailable'", Refusal("SslOnConnect,StartTlsWhenAvailable"));
        Assert.Equal(MailKit.Security.SecureSocketOptions.StartTls, new SmtpSettings().SocketOptions());
        var local = new SmtpSettings { Security = "None", AllowPlainText = true };
        Assert.Equal(MailKit.Security.SecureSocketOptions.None, local.SocketOptions());

        static string Refusal(string security) =>
            Assert
                .Throws<InvalidOperationException>(() => new SmtpSettings { Security = security }.SocketOptions())
                .Message;
    }

    [Fact]
    public async Task A_server_without_tls_gets_no_mail_when_tls_is_required()
    {
        await using var server = new TestSmtpServer(); // speaks plain SMTP and offers no STARTTLS
        var settings = new NoticesSettings { Smtp = { Host = "127.0.0.1", Port = server.Port } };
        var message = new MimeMessage(
            [new MailboxAddress("IMSS", "avisos@example.org")],
            [new MailboxAddress("Ana", "ana@example.org")],
            "Aviso",
            new TextPart("plain") { Text = "NSS 40000000017" }
        );

        await Assert.ThrowsAsync<NotSupportedException>(() =>
            new SmtpNoticeSender(settings).SendAsync(message, CancellationToken.None)
        );
        Assert.Empty(server.Received);
    }

    /// <summary>Starts the application as its own process from an empty working folder, with the settings it ships
    /// with and <paramref name="environment"/>, waits for it to stop, and tells what it left in that folder.</summary>
    private static async Task<(int ExitCode, string Output, List<string> MadeFiles)> StartAsync(
        Dictionary<string, string> environment,
        params string[] args
    )
    {
        var dll = typeof(Program).Assembly.Location;
        var working = Directory.CreateTempSubdirectory("safe-defaults-").FullName;
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = working,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(dll);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        // Nothing may reach a database before the settings are checked: this one does not exist.
        start.Environment["ConnectionStrings__Reconciliation"] = "Host=127.0.0.1;Port=1;Database=none;Username=none";
        start.Environment["Reconciliation__GeneratedCode"] = "Static";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        var madeFiles = Directory.EnumerateFileSystemEntries(working, "*", SearchOption.AllDirectories).ToList();
        Directory.Delete(working, recursive: true);
        return (process.ExitCode, await output + await error, madeFiles);
    }
}
