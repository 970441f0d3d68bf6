using System.Text.RegularExpressions;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Words;

/// <summary>
/// Where a problem sits in a bank's file, as the parsers and the import write it, in a few English words: a line
/// (<c>line 12</c>, <c>line 12, field 3</c>, <c>line 12, position 40</c>, <c>line 12 (:61:)</c>), a byte, an element's
/// path (<c>Stmt[1]/Ntry[3] (line 40)</c>; a batch's remainder marked <c>(remainder)</c>), a statement
/// (<c>statement 2 of account 0123</c>), or the file itself. A location is also how a deposit names its line, so it
/// stays text; in Spanish its words are said one by one, and the format's own names (elements, tags) stay as the
/// format spells them.
/// </summary>
public static partial class Locations
{
    private static readonly (Regex English, string Spanish)[] Words =
    [
        (StartOfFile(), "inicio del archivo"),
        (WholeFile(), "archivo"),
        (Line(), "línea $1"),
        (Field(), "campo $1"),
        (Position(), "posición $1"),
        (StatementOfAccount(), "estado de cuenta $1 de la cuenta"),
        (Statement(), "estado de cuenta $1"),
        (Remainder(), "(resto)"),
    ];

    public static string In(string location, Language language) =>
        language == Language.English
            ? location
            : Words.Aggregate(location, (said, word) => word.English.Replace(said, word.Spanish));

    [GeneratedRegex("^start of file$")]
    private static partial Regex StartOfFile();

    [GeneratedRegex("^file$")]
    private static partial Regex WholeFile();

    [GeneratedRegex(@"\bline (\d+)")]
    private static partial Regex Line();

    [GeneratedRegex(@"\bfield (\d+)")]
    private static partial Regex Field();

    [GeneratedRegex(@"\bposition (\d+)")]
    private static partial Regex Position();

    [GeneratedRegex(@"\bstatement (\d+) of account\b")]
    private static partial Regex StatementOfAccount();

    [GeneratedRegex(@"\bstatement (\d+)")]
    private static partial Regex Statement();

    [GeneratedRegex(@"\(remainder\)")]
    private static partial Regex Remainder();
}
