using System.Globalization;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

/// <summary>
/// Registro Federal de Contribuyentes of a person, 13 characters: four letters (&amp; and Ñ allowed),
/// YYMMDD, a two-character homoclave and a check character. The homoclave is assigned by the tax
/// authority and is never recomputed; only its shape and the check character are verified.
/// </summary>
[JsonConverter(typeof(RfcJsonConverter))]
public readonly record struct Rfc
{
    public const int Length = 13;

    public string Value { get; }

    private Rfc(string value) => Value = value;

    public static IdentifierParseResult<Rfc> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return IdentifierParseResult<Rfc>.Fail("is required");
        var value = text.Trim().ToUpperInvariant();
        if (value.Length != Length)
            return IdentifierParseResult<Rfc>.Fail($"must be {Length} characters for a person, got {value.Length}");
        for (var i = 0; i < 4; i++)
            if (!char.IsAsciiLetterUpper(value[i]) && value[i] is not ('&' or 'Ñ'))
                return IdentifierParseResult<Rfc>.Fail("characters 1-4 must be letters");
        if (value.AsSpan(4, 6).ContainsAnyExceptInRange('0', '9') || !IsDate(value.AsSpan(4, 6)))
            return IdentifierParseResult<Rfc>.Fail($"characters 5-10 '{value.Substring(4, 6)}' are not a date YYMMDD");
        if (!char.IsAsciiLetterOrDigit(value[10]) || !char.IsAsciiLetterOrDigit(value[11]))
            return IdentifierParseResult<Rfc>.Fail("characters 11-12 (homoclave) must be letters or digits");
        if (!char.IsAsciiDigit(value[12]) && value[12] != 'A')
            return IdentifierParseResult<Rfc>.Fail("character 13 (check) must be a digit or A");
        var expected = CheckDigits.Rfc(value.AsSpan(0, 12));
        return value[12] == expected
            ? IdentifierParseResult<Rfc>.Ok(new Rfc(value))
            : IdentifierParseResult<Rfc>.Fail($"check character is '{value[12]}', expected '{expected}'");
    }

    public static Rfc Parse(string? text)
    {
        var result = TryParse(text);
        return result.Value ?? throw new InvalidIdentifierException("RFC", result.Error!);
    }

    public override string ToString() => Value;

    // The RFC carries no century; a date valid in either century is a date (29 February needs a leap year in one).
    private static bool IsDate(ReadOnlySpan<char> yymmdd)
    {
        var yy = int.Parse(yymmdd[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(yymmdd.Slice(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(yymmdd.Slice(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1)
            return false;
        return day <= DateTime.DaysInMonth(1900 + yy, month) || day <= DateTime.DaysInMonth(2000 + yy, month);
    }
}
