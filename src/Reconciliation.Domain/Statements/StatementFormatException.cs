using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements;

/// <summary>A file that cannot be read further: the location (line or element) and the reason, a phrase (said in
/// English as <see cref="Reason"/>).</summary>
public sealed class StatementFormatException(string location, Phrase why) : Exception($"{location}: {why}")
{
    public string Location { get; } = location;
    public Phrase Why { get; } = why;
    public string Reason => Why.ToString();
}
