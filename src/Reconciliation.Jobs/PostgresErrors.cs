using Npgsql;

namespace Reconciliation.Jobs;

/// <summary>Reading what PostgreSQL decided from an exception, whatever wraps it (Marten, Wolverine).</summary>
public static class PostgresErrors
{
    /// <summary>A unique constraint refused the write: another process wrote the same thing first.</summary>
    public static bool IsUniqueViolation(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }
}
