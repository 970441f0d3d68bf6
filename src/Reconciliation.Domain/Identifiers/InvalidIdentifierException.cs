namespace Reconciliation.Domain.Identifiers;

/// <summary>Thrown by the <c>Parse</c> methods; names the identifier kind and the reason.</summary>
public sealed class InvalidIdentifierException(string identifier, string reason)
    : FormatException($"Invalid {identifier}: {reason}")
{
    public string Identifier { get; } = identifier;
    public string Reason { get; } = reason;
}
