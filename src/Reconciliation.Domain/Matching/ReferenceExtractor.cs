using System.Text.RegularExpressions;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Statements.Import;

namespace Reconciliation.Domain.Matching;

/// <summary>
/// Finds NSS candidates in free text (docs/DOMAIN.md, *Matching*): 11 digits, possibly split by spaces, dashes or dots,
/// taken as whole tokens (a run of digits inside a longer number does not count, nor one the number goes on past
/// through a dash or a dot, nor the IMSS account), and kept only when the check digit holds. Also collects the digit
/// runs of 10 to 12 digits, for suggestions.
/// </summary>
public static partial class ReferenceExtractor
{
    // Groups of digits joined by single separators, not touching other letters or digits.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d+(?:[ .\-]\d+)*(?![0-9A-Za-z])")]
    private static partial Regex DigitRuns();

    [GeneratedRegex(@"(?<![A-Z0-9])[A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{5}[A-Z0-9]\d(?![A-Z0-9])")]
    private static partial Regex CurpPattern();

    [GeneratedRegex(@"(?<![A-Z0-9&Ñ])[A-Z&Ñ]{4}\d{6}[A-Z0-9]{2}[0-9A](?![A-Z0-9])")]
    private static partial Regex RfcPattern();

    /// <summary>
    /// The IMSS account number, and the account inside the IMSS CLABE (digits 7 to 17): 00106867278 passes the NSS
    /// check digit, and a payer who writes the account they pay into is not naming a worker.
    /// </summary>
    private static readonly HashSet<string> NotWorkers =
    [
        .. ImportRules.DefaultImssAccounts.Select(a => a.Length == 18 ? a[6..17] : a).Where(a => a.Length == 11),
    ];

    public static IReadOnlyList<NssCandidate> Candidates(IEnumerable<string> texts)
    {
        var found = new List<NssCandidate>();
        foreach (var text in texts)
        foreach (Match run in DigitRuns().Matches(text))
        {
            // The run's groups of digits, each with the separator before it.
            var groups = GroupPattern()
                .Matches(run.Value)
                .Select(g => (Digits: g.Groups[2].Value, Before: g.Groups[1].Value))
                .ToList();
            // Every stretch of consecutive groups that holds exactly 11 digits is a possible NSS, unless the number
            // goes on past it through a dash or a dot (12345678903-5 is one longer number, not an NSS and a 5).
            for (var start = 0; start < groups.Count; start++)
            {
                if (start > 0 && groups[start].Before is "-" or ".")
                    continue;
                var digits = "";
                for (var end = start; end < groups.Count && digits.Length < 11; end++)
                {
                    digits += groups[end].Digits;
                    if (digits.Length != 11)
                        continue;
                    var continues = end + 1 < groups.Count && groups[end + 1].Before is "-" or ".";
                    if (!continues && !NotWorkers.Contains(digits) && Nss.TryParse(digits).Value is { } nss)
                        found.Add(
                            new NssCandidate(
                                nss,
                                Clean: start == end,
                                string.Join(' ', groups[start..(end + 1)].Select(g => g.Digits))
                            )
                        );
                }
            }
        }
        // The same NSS written twice is one candidate; clean if it was written cleanly once.
        return found.GroupBy(c => c.Nss).Select(g => g.FirstOrDefault(c => c.Clean) ?? g.First()).ToList();
    }

    [GeneratedRegex(@"([ .\-]?)(\d+)")]
    private static partial Regex GroupPattern();

    /// <summary>Runs of 10 to 12 digits (separators removed) that are not valid NSS: truncated or mistyped
    /// references.</summary>
    public static IReadOnlyList<string> NearNumbers(IEnumerable<string> texts) =>
        texts
            .SelectMany(t => DigitRuns().Matches(t))
            .Select(m => new string(m.Value.Where(char.IsAsciiDigit).ToArray()))
            .Where(d => d.Length is >= 10 and <= 12 && !(d.Length == 11 && Nss.TryParse(d).IsValid))
            .Distinct()
            .ToList();

    public static IReadOnlyList<string> Curps(IEnumerable<string> texts) =>
        texts
            .SelectMany(t => CurpPattern().Matches(t.ToUpperInvariant()))
            .Select(m => m.Value)
            .Where(c => Curp.TryParse(c).IsValid)
            .Distinct()
            .ToList();

    public static IReadOnlyList<string> Rfcs(IEnumerable<string> texts) =>
        texts
            .SelectMany(t => RfcPattern().Matches(t.ToUpperInvariant()))
            .Select(m => m.Value)
            .Where(r => Rfc.TryParse(r).IsValid)
            .Distinct()
            .ToList();

    /// <summary>Every valid NSS one edit (substitution, insertion or deletion of a digit) away from a number.</summary>
    public static IEnumerable<string> OneEditAway(string digits)
    {
        var variants = new HashSet<string>();
        for (var i = 0; i < digits.Length; i++)
        {
            variants.Add(digits.Remove(i, 1));
            for (var d = '0'; d <= '9'; d++)
                variants.Add(digits[..i] + d + digits[(i + 1)..]);
        }
        for (var i = 0; i <= digits.Length; i++)
        for (var d = '0'; d <= '9'; d++)
            variants.Add(digits.Insert(i, d.ToString()));
        variants.Remove(digits);
        return variants.Where(v => v.Length == 11 && Nss.TryParse(v).IsValid);
    }
}
