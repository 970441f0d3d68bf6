namespace Reconciliation.Domain.Statements;

/// <summary>A file that cannot be read further: the location (line or element) and the reason.</summary>
public sealed class StatementFormatException(string location, string reason) : Exception($"{location}: {reason}")
{
    public string Location { get; } = location;
    public string Reason { get; } = reason;
}
