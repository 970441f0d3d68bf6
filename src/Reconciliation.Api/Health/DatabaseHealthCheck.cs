using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Reconciliation.Api.Health;

/// <summary>Ready only when PostgreSQL answers and the event store's schema is there.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var command = database.CreateCommand(
                "select to_regclass('reconciliation.mt_events') is not null"
            );
            var schemaReady = await command.ExecuteScalarAsync(ct) is true;
            return schemaReady
                ? HealthCheckResult.Healthy("PostgreSQL answers and the schema is applied")
                : HealthCheckResult.Unhealthy("PostgreSQL answers but the schema is not applied");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer", e);
        }
    }
}
