using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Reconciliation.Api.Security;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>
/// The application as its own process on a real port, against a database of its own, with the test keys: what a
/// browser talks to. Its output is kept, and told when it fails to start.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string baseUrl, string connectionString, string statementsRoot)
    {
        _process = process;
        BaseUrl = baseUrl;
        ConnectionString = connectionString;
        StatementsRoot = statementsRoot;
    }

    public string BaseUrl { get; }
    public string ConnectionString { get; }
    public string StatementsRoot { get; }

    /// <summary>The application as its own process on a free port, with a fresh database; <paramref name="settings"/>
    /// adds to the tests' configuration (environment variables, <c>Section__Key</c>).</summary>
    public static async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var connectionString = await TestDatabases.CreateAsync(name);
        var statements = Directory.CreateTempSubdirectory("statements-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = baseUrl;
        start.Environment["ConnectionStrings__Reconciliation"] = connectionString;
        start.Environment["Statements__Root"] = statements;
        start.Environment["Statements__InboxSettleTime"] = "00:00:00";
        start.Environment["Jobs__RunServer"] = "false";
        start.Environment["Reconciliation__GeneratedCode"] = "Static";
        start.Environment["Security__RateLimitPerSecond"] = "100000";
        start.Environment["Security__RateLimitBurst"] = "100000";
        foreach (var (keyName, role, key) in TestKeys.All)
        {
            start.Environment[$"Security__ApiKeys__{keyName}__Role"] = role;
            start.Environment[$"Security__ApiKeys__{keyName}__Hash"] = ApiKey.Hash(key);
        }
        foreach (var (setting, value) in settings ?? new Dictionary<string, string>())
            start.Environment[setting] = value;
        var app = new AppProcess(Process.Start(start)!, baseUrl, connectionString, statements);
        app._process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilLiveAsync();
        return app;
    }

    /// <summary>A client of the API with a key of the test keys.</summary>
    public HttpClient Api(string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    /// <summary>A statement file uploaded through the API by the operator; its answer's status.</summary>
    public async Task<HttpStatusCode> UploadAsync(byte[] content, string fileName)
    {
        using var api = Api(TestKeys.Operator);
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new("application/octet-stream");
        body.Headers.Add("X-File-Name", fileName);
        return (await api.PostAsync("/api/statements", body)).StatusCode;
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient();
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The application stopped at start:\n{Output}");
            try
            {
                if ((await client.GetAsync(BaseUrl + "/health/live")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The application did not answer /health/live in 2 minutes:\n{Output}");
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        await TestDatabases.DropAsync(ConnectionString);
        Directory.Delete(StatementsRoot, recursive: true);
    }
}
