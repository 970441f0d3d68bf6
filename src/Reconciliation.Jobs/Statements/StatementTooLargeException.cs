namespace Reconciliation.Jobs.Statements;

public sealed class StatementTooLargeException(long limit)
    : Exception($"the file is larger than the limit of {limit:N0} bytes (Statements:MaxFileBytes)")
{
    public long Limit { get; } = limit;
}
