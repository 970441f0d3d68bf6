using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

/// <summary>
/// Clave Única de Registro de Población, 18 characters: four letters, birth date YYMMDD, sex,
/// state of birth (<c>NE</c> when born abroad), three consonants, homonym character, check digit.
/// </summary>
[JsonConverter(typeof(CurpJsonConverter))]
public readonly record struct Curp
{
    public const int Length = 18;

    private static readonly FrozenSet<string> States = new[]
    {
        "AS",
        "BC",
        "BS",
        "CC",
        "CL",
        "CM",
        "CS",
        "CH",
        "DF",
        "DG",
        "GT",
        "GR",
        "HG",
        "JC",
        "MC",
        "MN",
        "MS",
        "NT",
        "NL",
        "OC",
        "PL",
        "QT",
        "QR",
        "SP",
        "SL",
        "SR",
        "TC",
        "TS",
        "TL",
        "VZ",
        "YN",
        "ZS",
        "NE",
    }.ToFrozenSet();

    public string Value { get; }

    private Curp(string value) => Value = value;

    /// <summary>Birth date; the homonym character tells the century (a digit before 2000, a letter from
    /// 2000).</summary>
    public DateOnly BirthDate => BirthDateOf(Value)!.Value;

    public static IdentifierParseResult<Curp> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return IdentifierParseResult<Curp>.Fail("is required");
        var value = text.Trim().ToUpperInvariant();
        if (value.Length != Length)
            return IdentifierParseResult<Curp>.Fail($"must be {Length} characters, got {value.Length}");
        if (!IsLetter(value[0]) || !"AEIOUX".Contains(value[1]) || !IsLetter(value[2]) || !IsLetter(value[3]))
            return IdentifierParseResult<Curp>.Fail("characters 1-4 must be letters, the second a vowel or X");
        if (value.AsSpan(4, 6).ContainsAnyExceptInRange('0', '9'))
            return IdentifierParseResult<Curp>.Fail("characters 5-10 must be the birth date YYMMDD");
        if (value[10] is not ('H' or 'M'))
            return IdentifierParseResult<Curp>.Fail($"character 11 (sex) must be H or M, got '{value[10]}'");
        if (!States.Contains(value.Substring(11, 2)))
            return IdentifierParseResult<Curp>.Fail(
                $"characters 12-13 '{value.Substring(11, 2)}' are not a state code"
            );
        for (var i = 13; i < 16; i++)
            if (!IsConsonant(value[i]))
                return IdentifierParseResult<Curp>.Fail("characters 14-16 must be consonants");
        if (!char.IsAsciiDigit(value[16]) && !char.IsAsciiLetterUpper(value[16]))
            return IdentifierParseResult<Curp>.Fail("character 17 (homonym) must be a digit or a letter");
        if (!char.IsAsciiDigit(value[17]))
            return IdentifierParseResult<Curp>.Fail("character 18 (check digit) must be a digit");
        if (BirthDateOf(value) is null)
            return IdentifierParseResult<Curp>.Fail($"birth date '{value.Substring(4, 6)}' is not a calendar date");
        var expected = CheckDigits.Curp(value.AsSpan(0, 17));
        var actual = value[17] - '0';
        return actual == expected
            ? IdentifierParseResult<Curp>.Ok(new Curp(value))
            : IdentifierParseResult<Curp>.Fail($"check digit is {actual}, expected {expected}");
    }

    public static Curp Parse(string? text)
    {
        var result = TryParse(text);
        return result.Value ?? throw new InvalidIdentifierException("CURP", result.Error!);
    }

    public override string ToString() => Value;

    private static DateOnly? BirthDateOf(string value)
    {
        var century = char.IsAsciiDigit(value[16]) ? 1900 : 2000;
        var year = century + int.Parse(value.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static bool IsLetter(char c) => char.IsAsciiLetterUpper(c) || c == 'Ñ';

    private static bool IsConsonant(char c) => IsLetter(c) && !"AEIOU".Contains(c);
}
