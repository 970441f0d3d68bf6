using Npgsql;

namespace Reconciliation.Jobs;

/// <summary>Reading what PostgreSQL decided from an exception, whatever wraps it (Marten, Wolverine).</summary>
public static class PostgresErrors
{
    /// <summary>A unique constraint refused the write: another process wrote the same thing first.</summary>
    public static bool IsUniqueViolation(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
                return true;
        return false;
    }

    /// <summary>
    /// The database, not the data, failed: a connection refused or cut, a timeout, a transaction the broken connection
    /// disposed. Marten wraps these (MartenCommandException), so the chain is walked.
    /// </summary>
    public static bool IsDatabaseFailure(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (
                x
                    is NpgsqlException { IsTransient: true }
                        or NpgsqlException
                        and not PostgresException
                        or TimeoutException
                || x is ObjectDisposedException { ObjectName: "NpgsqlTransaction" or "NpgsqlConnection" }
                || x
                    is PostgresException
                    {
                        SqlState: PostgresErrorCodes.AdminShutdown
                            or PostgresErrorCodes.CrashShutdown
                            or PostgresErrorCodes.CannotConnectNow
                    }
            )
                return true;
        return false;
    }
}
