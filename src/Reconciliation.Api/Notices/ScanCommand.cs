using System.Diagnostics;
using Reconciliation.Jobs.Notices;
using Wolverine.Configuration;
using Wolverine.Runtime;

namespace Reconciliation.Api.Notices;

/// <summary>
/// <c>scan</c>: runs the daily delinquency scan once, now, and prints how many notices it scheduled
/// and how long it took. It only schedules: the running application sends the notices. While a statement file is not
/// imported to its end, it sends nothing and exits with 1, naming the files.
/// </summary>
public static class ScanCommand
{
    public const string Name = "scan";

    public static async Task<int> RunAsync(WebApplication app)
    {
        await app.StartAsync();
        LeaveSendingToTheApplication(app.Services.GetRequiredService<IWolverineRuntime>());
        var watch = Stopwatch.StartNew();
        var scan = app.Services.GetRequiredService<DelinquencyScanJob>();
        if (await scan.ImportsToWaitForAsync(CancellationToken.None) is { Count: > 0 } open)
        {
            Console.Error.WriteLine(
                $"delinquency scan deferred: {open.Count} statement file(s) are not imported to the end yet "
                    + $"({string.Join(", ", open.Select(f => $"{f.FileName} {f.Id}"))}); run it once they are (GET "
                    + "/api/statements?status=open)"
            );
            await app.StopAsync();
            return 1;
        }
        var scheduled = await scan.RunAsync(CancellationToken.None);
        Console.WriteLine(
            $"delinquency scan: {scheduled} notice(s) scheduled in {watch.Elapsed.TotalSeconds:0.00} s; the running "
                + "application sends them"
        );
        await app.StopAsync();
        return 0;
    }

    /// <summary>
    /// Keeps this process from handling messages, so that it does not start sending as a node of its own
    /// and share the machine with the scan (docs/BENCHMARKS.md). The notices' messages are written to
    /// Wolverine's durable inbox in the scan's own transactions; this process's receivers are latched,
    /// so the messages stay there, and when it stops they are released to the other nodes (the
    /// application takes them over: docs/RELIABILITY.md).
    /// </summary>
    internal static void LeaveSendingToTheApplication(IWolverineRuntime runtime) =>
        ((EndpointCollection)runtime.Endpoints).LatchAllReceivers();
}
