using Alba;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Jobs.Notices;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Notices;

public static class NoticeApi
{
    /// <summary>Runs the delinquency scan (the given job, or the host's) and waits until the notices it scheduled are
    /// sent; how many it scheduled.</summary>
    public static async Task<int> ScanAndWaitAsync(this IAlbaHost host, DelinquencyScanJob? job = null)
    {
        var scan = job ?? host.Services.GetRequiredService<DelinquencyScanJob>();
        var scheduled = 0;
        await host.TrackActivity()
            .Timeout(TimeSpan.FromMinutes(1))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync(
                (Func<Wolverine.IMessageContext, Task>)(
                    async _ => scheduled = await scan.RunAsync(CancellationToken.None)
                )
            );
        return scheduled;
    }
}
