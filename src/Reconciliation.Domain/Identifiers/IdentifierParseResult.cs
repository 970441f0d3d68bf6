using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Identifiers;

/// <summary>The outcome of parsing an identifier: the value, or the reason it was refused (and, where the identifier
/// says it in both languages, that reason as a phrase).</summary>
public readonly record struct IdentifierParseResult<T>(T? Value, string? Error, Phrase? ErrorPhrase = null)
    where T : struct
{
    public bool IsValid => Error is null;

    public static IdentifierParseResult<T> Ok(T value) => new(value, null);

    public static IdentifierParseResult<T> Fail(string reason) => new(null, reason);

    public static IdentifierParseResult<T> Fail(Phrase reason) => new(null, reason.ToString(), reason);
}
