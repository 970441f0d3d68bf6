using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Health;

/// <summary>
/// How many statement files are not finished (received or importing) and how many failed: degraded (still ready) while a
/// file has made no progress for longer than <see cref="StatementsSettings.ResumeAfter"/>, the sweeper's to resume.
/// </summary>
public sealed class StatementFilesHealthCheck(IDocumentStore store, StatementsSettings settings, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        var open = await session.WithStatusAsync(StatementFileQueries.Open, ct);
        var failed = await session.WithStatusAsync([StatementFileStatus.Failed], ct, take: 100);
        var idle = open.Count(f => clock.GetUtcNow() - (f.LastProgressAt ?? f.ReceivedAt) > settings.ResumeAfter);
        var description = $"{open.Count} statement file(s) open (received or importing), {idle} of them idle for over {settings.ResumeAfter}; " +
                          $"{(failed.Count >= 100 ? "100 or more" : failed.Count.ToString())} failed (GET /api/statements?status=open, ?status=failed)";
        var data = new Dictionary<string, object> { ["open"] = open.Count, ["idle"] = idle, ["failed"] = failed.Count };
        return idle > 0 ? HealthCheckResult.Degraded(description, data: data) : HealthCheckResult.Healthy(description, data);
    }
}
