using System.Text.RegularExpressions;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>SPEI facts some banks write into free text: the tracking key and the payer's CLABE.</summary>
internal static partial class SpeiText
{
    [GeneratedRegex(
        @"(?:CLAVE\s+DE\s+RASTREO|RASTREO)\s*[:/]?\s*([A-Z0-9]{1,30})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex TrackingKeyPattern();

    [GeneratedRegex(@"(?<!\d)(\d{18})(?!\d)")]
    private static partial Regex EighteenDigits();

    public static string? TrackingKey(string? text) =>
        text is null ? null
        : TrackingKeyPattern().Match(text) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant()
        : null;

    /// <summary>The first 18-digit run that is a valid CLABE.</summary>
    public static Clabe? PayerClabe(string? text)
    {
        if (text is null)
            return null;
        foreach (Match m in EighteenDigits().Matches(text))
            if (Clabe.TryParse(m.Value) is { IsValid: true } clabe)
                return clabe.Value;
        return null;
    }
}
