using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Health;

/// <summary>
/// How many statement files are not finished (received or importing) and how many failed: degraded (still ready) while
/// a file has made no progress for longer than <see cref="StatementsSettings.ResumeAfter"/>, the sweeper's to resume.
/// </summary>
public sealed class StatementFilesHealthCheck(IDocumentStore store, StatementsSettings settings, TimeProvider clock)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        // The open files are few (the sweeper resumes them); failed ones stay until retried, and are only counted.
        var open = await session.WithStatusAsync(StatementFileQueries.Open, ct);
        var failed = await session.CountAsync([StatementFileStatus.Failed], ct);
        var idle = open.Count(f => clock.GetUtcNow() - (f.LastProgressAt ?? f.ReceivedAt) > settings.ResumeAfter);
        var description =
            $"{open.Count} statement file(s) open (received or importing), {idle} of them idle for over "
            + $"{settings.ResumeAfter}; {failed} failed (GET /api/statements?status=open, ?status=failed)";
        var data = new Dictionary<string, object>
        {
            ["open"] = open.Count,
            ["idle"] = idle,
            ["failed"] = failed,
        };
        return idle > 0
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
