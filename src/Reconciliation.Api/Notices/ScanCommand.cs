using System.Diagnostics;
using Reconciliation.Jobs.Notices;

namespace Reconciliation.Api.Notices;

/// <summary>
/// <c>scan</c>: runs the daily delinquency scan once, now, and prints how many notices it scheduled
/// and how long it took. The notices are in the outbox: this process, a Wolverine node like the
/// application, starts sending them, and releases what it has not sent when it stops, for the running
/// application to send.
/// </summary>
public static class ScanCommand
{
    public const string Name = "scan";

    public static async Task<int> RunAsync(WebApplication app)
    {
        await app.StartAsync();
        var watch = Stopwatch.StartNew();
        var scheduled = await app.Services.GetRequiredService<DelinquencyScanJob>().RunAsync(CancellationToken.None);
        Console.WriteLine($"delinquency scan: {scheduled} notice(s) scheduled in {watch.Elapsed.TotalSeconds:0.00} s");
        await app.StopAsync();
        return 0;
    }
}
