using System.Diagnostics;

namespace Reconciliation.Bench;

/// <summary>The application as a process of its own (as in production), started from its build folder.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string OperatorKey = "imss_bench-operator-key";
    public const string ReaderKey = "imss_bench-reader-key";

    private readonly Process _process;
    public string Url { get; }
    public int Pid => _process.Id;

    private AppProcess(Process process, string url) => (_process, Url) = (process, url);

    public static string Folder(string configuration)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reconciliation.sln")))
            directory = directory.Parent;
        return Path.Combine(
            directory?.FullName
                ?? throw new InvalidOperationException(
                    "Reconciliation.sln not found above " + AppContext.BaseDirectory
                ),
            "src",
            "Reconciliation.Api",
            "bin",
            configuration,
            "net10.0"
        );
    }

    public static Dictionary<string, string> Environment(string connectionString, string work) =>
        new()
        {
            ["ConnectionStrings__Reconciliation"] = connectionString,
            ["Security__FirstRunKeyFile"] = "",
            ["Security__ApiKeys__bench_operator__Role"] = "operator",
            ["Security__ApiKeys__bench_operator__Hash"] = Api.Security.ApiKey.Hash(OperatorKey),
            ["Security__ApiKeys__bench_reader__Role"] = "reader",
            ["Security__ApiKeys__bench_reader__Hash"] = Api.Security.ApiKey.Hash(ReaderKey),
            ["Security__RateLimitPerSecond"] = "1000000",
            ["Security__RateLimitBurst"] = "1000000",
            ["Statements__Root"] = Path.Combine(work, "statements"),
            ["Statements__MaxFileBytes"] = (4L << 30).ToString(),
            // The upload's request waits for its background import to end, so that the bench times the import itself.
            ["Statements__UploadWait"] = "02:00:00",
            ["Notices__PickupFolder"] = Path.Combine(work, "mail"),
            ["Jobs__RunServer"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Serilog__MinimumLevel__Override__Reconciliation"] = "Information",
        };

    /// <summary>Runs a command of the application (<c>enroll-file</c>, <c>scan</c>) to its end; its output
    /// lines.</summary>
    public static async Task<string[]> RunCommandAsync(
        string configuration,
        Dictionary<string, string> environment,
        params string[] args
    )
    {
        using var process = Start(configuration, environment, args);
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{string.Join(' ', args)} exited with {process.ExitCode}: {errors}{output}"
            );
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<AppProcess> StartAsync(
        string configuration,
        Dictionary<string, string> environment,
        int port
    )
    {
        var url = $"http://127.0.0.1:{port}";
        var process = Start(configuration, new Dictionary<string, string>(environment) { ["Urls"] = url });
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                Console.Error.WriteLine("  app: " + e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await client.GetAsync(url + "/health/ready")).IsSuccessStatusCode)
                    return new AppProcess(process, url);
            }
            catch (HttpRequestException) { }
            if (process.HasExited)
                throw new InvalidOperationException($"the application exited with {process.ExitCode}");
            await Task.Delay(250);
        }
        throw new TimeoutException("the application did not become ready in 60 s");
    }

    private static Process Start(string configuration, Dictionary<string, string> environment, params string[] args)
    {
        var folder = Folder(configuration);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(folder, "Reconciliation.Api.dll"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
            info.Environment[k] = v;
        return Process.Start(info)!;
    }

    /// <summary>The most memory the process has held (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            if (line.StartsWith("VmHWM:"))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        return double.NaN;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
