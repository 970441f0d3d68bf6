using System.Diagnostics;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>The application's command line (<c>import</c>, <c>enroll-file</c>), run as its own process against a test
/// class's database.</summary>
public static class CommandLine
{
    public static async Task<(int ExitCode, string Output)> RunAsync(AppFixture app, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Reconciliation"] = app.ConnectionString;
        start.Environment["Statements__Root"] = app.StatementsRoot;
        start.Environment["Reconciliation__GeneratedCode"] = "Static";
        start.Environment["Security__FirstRunKeyFile"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
