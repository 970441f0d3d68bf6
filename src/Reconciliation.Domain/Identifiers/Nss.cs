using System.Text.Json.Serialization;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Identifiers;

/// <summary>
/// Número de seguridad social: 11 digits (subdelegation 2, affiliation year 2, birth year 2,
/// sequence 4, check digit 1). The worker's stream is keyed by it.
/// </summary>
[JsonConverter(typeof(NssJsonConverter))]
public readonly record struct Nss
{
    public const int Length = 11;

    public string Value { get; }

    private Nss(string value) => Value = value;

    public static IdentifierParseResult<Nss> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return IdentifierParseResult<Nss>.Fail(new Phrase("nss-required"));
        var value = text.Trim();
        if (value.Length != Length)
            return IdentifierParseResult<Nss>.Fail(new Phrase("nss-length", Length, value.Length));
        if (!value.All(char.IsAsciiDigit))
            return IdentifierParseResult<Nss>.Fail(new Phrase("nss-digits"));
        var expected = CheckDigits.Nss(value.AsSpan(0, 10));
        var actual = value[10] - '0';
        return actual == expected
            ? IdentifierParseResult<Nss>.Ok(new Nss(value))
            : IdentifierParseResult<Nss>.Fail(new Phrase("nss-check", actual, expected));
    }

    public static Nss Parse(string? text)
    {
        var result = TryParse(text);
        return result.Value ?? throw new InvalidIdentifierException("NSS", result.Error!);
    }

    /// <summary>For logs: first two and last two digits only, e.g. <c>12*******03</c>.</summary>
    public string Masked => Value is null ? "" : $"{Value[..2]}{new string('*', Length - 4)}{Value[^2..]}";

    public override string ToString() => Value;
}
