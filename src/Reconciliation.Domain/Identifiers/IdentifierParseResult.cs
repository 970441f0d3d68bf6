namespace Reconciliation.Domain.Identifiers;

/// <summary>The outcome of parsing an identifier: the value, or the reason it was refused.</summary>
public readonly record struct IdentifierParseResult<T>(T? Value, string? Error)
    where T : struct
{
    public bool IsValid => Error is null;

    public static IdentifierParseResult<T> Ok(T value) => new(value, null);

    public static IdentifierParseResult<T> Fail(string reason) => new(null, reason);
}
