using System.Text;
using System.Text.RegularExpressions;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// The MT940 <c>:86:</c> field, read as the bank wrote it. Banks wrap it at a fixed width (65 characters by the
/// standard; 27 in the German <c>?20</c>…<c>?29</c> sub-fields, 35 in some exports), often inside a word or a number,
/// or at a word boundary dropping the space. The lines are joined so that a token split at the wrap is whole again and
/// two words on either side of a wrap stay two words: a line that fills the width continues its last token on the next
/// line; a shorter one ended at a word. Where the bank structures the field — <c>?NN</c> sub-fields, or SWIFT codes
/// <c>/EREF/</c>, <c>/REMI/</c>, <c>/ORDP/</c>… — its parts are read by name.
/// </summary>
internal static partial class Mt940Information
{
    /// <summary>The joined text; the remittance (the concept) and end-to-end reference when the bank structured the
    /// field.</summary>
    public sealed record Read(string Text, string? Remittance, string? EndToEnd, string? PayerName);

    private static readonly int[] KnownWidths = [27, 35, 65];

    [GeneratedRegex(@"\?(\d{2})")]
    private static partial Regex SubfieldMarker();

    [GeneratedRegex(
        @"/(EREF|REMI|ORDP|BENM|NAME|PURP|TRID|KREF|PREF|IREF|ADDR|CSID|MARF|RTRN|ISDT|CODE|ULTD|ULTC|BUSP)/"
    )]
    private static partial Regex SwiftCode();

    public static Read Of(IReadOnlyList<string> lines)
    {
        var raw = lines.Select(l => l.TrimEnd('\r')).ToList();
        var unbroken = string.Concat(raw);
        if (LooksSubfielded(unbroken))
            return Subfields(unbroken);
        var text = Join(raw, firstLineTag: 4);
        if (text.StartsWith('/') && SwiftCode().IsMatch(text))
            return Coded(Join(raw, firstLineTag: 4, keepSlashesTight: true));
        return new Read(text, null, null, null);
    }

    /// <summary>The lines joined by the wrap rule; <paramref name="firstLineTag"/> characters of the first line were
    /// its tag.</summary>
    public static string Join(IReadOnlyList<string> lines, int firstLineTag = 0, bool keepSlashesTight = false)
    {
        if (lines.Count == 0)
            return "";
        var fixedWidth = FixedWidth(lines.Select((l, i) => l.Length + (i == 0 ? firstLineTag : 0)).ToList());
        var text = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1];
            var next = lines[i];
            if (next.Length == 0)
                continue;
            var atBoundary = previous.Length > 0 && char.IsWhiteSpace(previous[^1]) || char.IsWhiteSpace(next[0]);
            var glued =
                !atBoundary && (fixedWidth || keepSlashesTight && (previous.EndsWith('/') || next.StartsWith('/')));
            if (!glued && !atBoundary)
                text.Append(' ');
            text.Append(next);
        }
        return text.ToString().Trim();
    }

    /// <summary>
    /// Whether the bank cut the field at a fixed width (every line but the last as long as the others: a token goes on
    /// over each wrap) rather than at words (lines of different lengths, each ended at a word). With one line before
    /// the last, only a standard width (65, 35, 27) says the cut was fixed.
    /// </summary>
    private static bool FixedWidth(IReadOnlyList<int> widths)
    {
        if (widths.Count < 2)
            return false;
        var before = widths.Take(widths.Count - 1).ToList();
        var width = before[0];
        if (before.Any(w => w != width))
            return false;
        return before.Count >= 2 ? width >= 20 : KnownWidths.Contains(width);
    }

    private static bool LooksSubfielded(string text) =>
        text.Length > 4
            && char.IsAsciiDigit(text[0])
            && char.IsAsciiDigit(text[1])
            && char.IsAsciiDigit(text[2])
            && text[3] == '?'
        || text.Contains("?20", StringComparison.Ordinal) && text.Contains("?00", StringComparison.Ordinal);

    /// <summary>The German-style field: a code, then <c>?NN</c> sub-fields; the purpose is ?20–?29 and ?60–?63, 27
    /// characters each.</summary>
    private static Read Subfields(string text)
    {
        var parts = new Dictionary<int, string>();
        var markers = SubfieldMarker().Matches(text);
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            parts[int.Parse(markers[i].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = text[
                start..end
            ];
        }
        var purpose = parts
            .Where(p => p.Key is >= 20 and <= 29 or >= 60 and <= 63)
            .OrderBy(p => p.Key)
            .Select(p => p.Value)
            .ToList();
        var remittance = purpose.Count == 0 ? null : Join(purpose);
        string? endToEnd = null;
        // SEPA keys inside the purpose: EREF+ the end-to-end reference, SVWZ+ the remittance.
        if (remittance is not null && Regex.Match(remittance, @"EREF\+\s*(\S+)") is { Success: true } eref)
            endToEnd = eref.Groups[1].Value;
        if (remittance is not null && Regex.Match(remittance, @"SVWZ\+\s*(.+)$") is { Success: true } svwz)
            remittance = svwz.Groups[1].Value.Trim();
        var payer = string.Concat(parts.GetValueOrDefault(32), parts.GetValueOrDefault(33)).Trim();
        var joined = string.Join(" ", parts.OrderBy(p => p.Key).Select(p => p.Value.Trim()).Where(v => v.Length > 0));
        return new Read(joined, remittance, endToEnd, payer.Length > 0 ? payer : null);
    }

    /// <summary>The SWIFT-coded field: /EREF/ the end-to-end reference, /REMI/ the remittance (after USTD//), /ORDP/
    /// the payer.</summary>
    private static Read Coded(string text)
    {
        var codes = new Dictionary<string, string>();
        var matches = SwiftCode().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            codes.TryAdd(matches[i].Groups[1].Value, text[start..end].Trim('/', ' '));
        }
        var remittance = codes.GetValueOrDefault("REMI") is { } remi
            ? Regex.Replace(remi, "^(USTD|STRD)/+", "").Trim('/', ' ')
            : null;
        var payer = codes.GetValueOrDefault("ORDP") is { } ordp
            ? Regex.Replace(ordp, "^(NAME/)?", "").Trim('/', ' ')
            : codes.GetValueOrDefault("NAME");
        var endToEnd =
            codes.GetValueOrDefault("EREF") is { Length: > 0 and <= 35 } eref && eref != "NOTPROVIDED" ? eref : null;
        return new Read(text, remittance, endToEnd, payer);
    }
}
