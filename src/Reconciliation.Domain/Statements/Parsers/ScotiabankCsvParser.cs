using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// The Scotiabank e-banking CSV export (docs/DOMAIN.md, *Statement formats*): no header, no quoting, 8 fields —
/// booking date <c>YYYY/MM/DD</c>, reference (20 digits), amount, <c>Cargo</c>|<c>Abono</c>,
/// description, detail 1, detail 2, SPEI detail. The SPEI detail runs the tracking key and the payer
/// name together: what is certain (concept, bank, operation day, payer CLABE, participant, numeric
/// reference) is taken apart; the rest stays as raw text. The file names no account.
/// </summary>
public sealed partial class ScotiabankCsvParser(StatementLimits? limits = null) : IStatementParser
{
    private readonly StatementLimits _limits = limits ?? StatementLimits.Default;

    public const int FieldCount = 8;

    // <concept>/<SENDING BANK>Fecha de Abono: DD MON<tracking key><payer name>/<CLABE 18><participant 5><numeric
    // reference 10>
    [GeneratedRegex(
        @"^(?<concept>.*)/(?<bank>[^/]*?)Fecha de Abono:\s*(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})(?<keyAndPayer>.*)"
            + @"/(?<clabe>\d{18})(?<participant>\d{5})(?<reference>\d{10})\s*$"
    )]
    private static partial Regex SpeiDetail();

    /// <summary>The month abbreviations of the export's "Fecha de Abono" (Spanish, upper case).</summary>
    public static readonly ImmutableArray<string> Months =
    [
        "ENE",
        "FEB",
        "MAR",
        "ABR",
        "MAY",
        "JUN",
        "JUL",
        "AGO",
        "SEP",
        "OCT",
        "NOV",
        "DIC",
    ];

    public StatementFormat Format => StatementFormat.ScotiabankCsv;

    public IEnumerable<StatementItem> Parse(Stream stream)
    {
        using var lines = new TextLines(stream, _limits.MaxLineBytes);
        var position = 0;
        var started = false;
        while (lines.Next() is { } raw)
        {
            if (raw.Trim().Length == 0)
                continue;
            if (!started)
            {
                started = true;
                yield return new StatementStart(
                    1,
                    Format,
                    null,
                    null,
                    "MXN",
                    null,
                    null,
                    null,
                    null,
                    "line 1",
                    lines.EncodingName
                );
            }
            StatementItem item;
            try
            {
                item = ParseLine(raw, lines.LineNumber, ++position);
            }
            catch (StatementFormatException e)
            {
                position--;
                item = StatementProblem.Of(e, fatal: false);
            }
            yield return item;
        }
        if (!started)
            throw new StatementFormatException("line 1", new Phrase("file-empty"));
        yield return new StatementEnd(1, null, null);
    }

    // Words that may be a tracking key: 6 to 30 letters and digits.
    [GeneratedRegex(@"\b[A-Za-z0-9]{6,30}\b")]
    private static partial Regex Words();

    private StatementLine ParseLine(string raw, int lineNumber, int position)
    {
        var location = $"line {lineNumber}";
        var fields = CsvFields.Split(raw, location);
        if (fields.Count != FieldCount)
            throw new StatementFormatException(location, new Phrase("csv-field-count", fields.Count, FieldCount));

        if (
            !DateOnly.TryParseExact(
                fields[0].Trim(),
                "yyyy/MM/dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var booking
            )
        )
            throw new StatementFormatException($"{location}, field 1", new Phrase("csv-not-date", fields[0]));
        var reference = fields[1].Trim();
        if (reference.Length == 0 || !reference.All(char.IsAsciiDigit))
            throw new StatementFormatException($"{location}, field 2", new Phrase("csv-reference", reference));
        if (
            !decimal.TryParse(
                fields[2].Trim(),
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var amount
            )
        )
            throw new StatementFormatException($"{location}, field 3", new Phrase("csv-amount", fields[2]));
        var direction = fields[3].Trim() switch
        {
            "Abono" => Direction.Credit,
            "Cargo" => Direction.Debit,
            var other => throw new StatementFormatException($"{location}, field 4", new Phrase("csv-direction", other)),
        };

        var description = fields[4].Trim();
        var detail1 = fields[5].Trim();
        var detail2 = fields[6].Trim();
        var spei = fields[7].Trim();
        var freeText = new List<string> { description };
        string? concept = null,
            participant = null,
            payerAccount = null,
            numericReference = null,
            runTogether = null;
        DateOnly? operationDate = null;

        var m = SpeiDetail().Match(spei);
        if (m.Success)
        {
            concept = m.Groups["concept"].Value.Trim();
            var monthIndex = Months.IndexOf(m.Groups["month"].Value.ToUpperInvariant());
            if (m.Groups["month"].Value.Equals("SET", StringComparison.OrdinalIgnoreCase))
                monthIndex = 8;
            if (monthIndex < 0)
                throw new StatementFormatException(
                    $"{location}, field 8",
                    new Phrase("csv-month", m.Groups["month"].Value)
                );
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            operationDate = StatementDates.NearestTo(booking, monthIndex + 1, day)
                ?? throw new StatementFormatException(
                    $"{location}, field 8",
                    new Phrase("csv-credit-date", day, m.Groups["month"].Value)
                );
            participant = m.Groups["participant"].Value;
            payerAccount = m.Groups["clabe"].Value;
            numericReference = m.Groups["reference"].Value.TrimStart('0') is { Length: > 0 } n ? n : "0";
            freeText.Add($"bank: {m.Groups["bank"].Value.Trim()}");
            runTogether = m.Groups["keyAndPayer"].Value.Trim();
            freeText.Add(runTogether);
        }
        else
        {
            // Not an incoming SPEI: the concept is what the details say, without the bank after the last '/'.
            var slash = detail2.LastIndexOf('/');
            concept = (detail1 + (slash >= 0 ? detail2[..slash] : detail2)).Trim();
            if (spei.Length > 0)
                freeText.Add(spei);
        }

        // A return ("DEVOLUCION SPEI", a Cargo) names its original by the tracking key, after RASTREO or as a word of
        // its details.
        var isReturn =
            direction == Direction.Debit
            && (description + " " + detail1).Contains("DEVOLUCION", StringComparison.OrdinalIgnoreCase);
        var trackingKey = SpeiText.TrackingKey(string.Join(' ', detail1, detail2, spei));
        var references = isReturn
            ? Words()
                .Matches(string.Join(' ', detail1, detail2, spei))
                .Select(w => w.Value.ToUpperInvariant())
                .Prepend(trackingKey)
                .OfType<string>()
                .Distinct()
                .ToList()
            : null;
        return new StatementLine(
            position,
            location,
            1,
            null,
            "MXN",
            booking,
            operationDate ?? booking,
            amount,
            direction,
            IsReversal: false,
            StatementLine.Booked,
            reference.TrimStart('0') is { Length: > 0 } r ? r : "0",
            TrackingKey: isReturn ? trackingKey : null,
            participant,
            PayerName: null,
            payerAccount,
            concept.Length > 0 ? concept : null,
            freeText,
            numericReference,
            raw,
            References: references,
            IsReturn: isReturn,
            RunTogether: runTogether
        );
    }
}
