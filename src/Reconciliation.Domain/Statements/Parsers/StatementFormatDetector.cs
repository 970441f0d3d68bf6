using System.Text;
using System.Text.RegularExpressions;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>Tells the format from the first bytes of the file, never from its name.</summary>
public static partial class StatementFormatDetector
{
    public const int HeadLength = 8 * 1024;

    [GeneratedRegex(@"xmlns(:\w+)?\s*=\s*""urn:iso:std:iso:20022:tech:xsd:(camt\.05[234])\.001\.\d{2}""")]
    private static partial Regex CamtNamespace();

    [GeneratedRegex(@"^\d{4}/\d{2}/\d{2},")]
    private static partial Regex CsvLine();

    [GeneratedRegex(@"(^|\n)\s*(\{1:[^\n]*)?:20:", RegexOptions.Multiline)]
    private static partial Regex Mt940Start();

    [GeneratedRegex(@"(^|\n):(60F|61|25):")]
    private static partial Regex Mt940Field();

    // An MT942: its application header says 942, or it has the fields MT940 has not (floor limit, date-time
    // indication).
    [GeneratedRegex(@"\{2:[IO]942|(^|\n):(34F|13D):")]
    private static partial Regex Mt942();

    public static StatementFormat? Detect(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            var ns = CamtNamespace().Match(text);
            if (!ns.Success)
                return null;
            // The namespace of the Document, wherever it sits: at the root, or inside an envelope (AppHdr + Document).
            return ns.Groups[2].Value switch
            {
                "camt.053" => StatementFormat.Camt053,
                "camt.052" => StatementFormat.Camt052,
                _ => StatementFormat.Camt054,
            };
        }
        if (CsvLine().IsMatch(text))
            return StatementFormat.ScotiabankCsv;
        if (
            text.StartsWith("{1:", StringComparison.Ordinal)
            || Mt940Start().IsMatch(text)
            || Mt940Field().IsMatch("\n" + text)
        )
            return Mt942().IsMatch(text) ? StatementFormat.Mt942 : StatementFormat.Mt940;
        return null;
    }

    public static IStatementParser ParserFor(StatementFormat format, StatementLimits? limits = null) =>
        format switch
        {
            StatementFormat.Camt053 or StatementFormat.Camt054 or StatementFormat.Camt052 => new CamtParser(
                format,
                limits
            ),
            StatementFormat.Mt940 or StatementFormat.Mt942 => new Mt940Parser(limits, format),
            _ => new ScotiabankCsvParser(limits),
        };
}
