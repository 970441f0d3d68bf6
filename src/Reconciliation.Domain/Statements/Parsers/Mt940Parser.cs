using System.Globalization;
using System.Text.RegularExpressions;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// SWIFT MT940: <c>:20:</c>, <c>:25:</c>, <c>:28C:</c>, <c>:60F:</c>, <c>:61:</c> + <c>:86:</c> pairs,
/// <c>:62F:</c>. Several messages and accounts per file; any line that does not start a field
/// continues the previous one; decimal comma (<c>119,</c> is valid); the entry date of <c>:61:</c> has
/// no year (the year nearest the value date is taken) and may be blank.
/// </summary>
public sealed partial class Mt940Parser(StatementLimits? limits = null, StatementFormat format = StatementFormat.Mt940)
    : IStatementParser
{
    private readonly StatementLimits _limits = limits ?? StatementLimits.Default;

    [GeneratedRegex(@"^:(?<tag>\d{2}[A-Z]?):(?<value>.*)$")]
    private static partial Regex FieldStart();

    // :61: value date, optional entry date (MMDD, or blank), mark, funds code, amount, type, references.
    // SWIFT transaction types of a returned item (RTI).
    private static readonly string[] ReturnTypes = ["NRTI", "FRTI", "SRTI"];

    [GeneratedRegex(
        @"^(?<vd>\d{6})(?<ed>\d{4}|\s{4})?(?<dc>RC|RD|C|D)(?<fc>[A-Z])?"
            + @"(?<amt>\d[\d,]*)(?<tt>[A-Z][A-Z0-9]{3})(?<rest>.*)$"
    )]
    private static partial Regex StatementLinePattern();

    // :60F: / :62F: balance: mark, date, currency, amount.
    [GeneratedRegex(@"^(?<dc>[CD])(?<date>\d{6})(?<ccy>[A-Z]{3})(?<amt>\d[\d,]*)$")]
    private static partial Regex BalancePattern();

    /// <summary>MT940, or MT942 (the same fields, read the same way; its credits provisional).</summary>
    public StatementFormat Format { get; } = format;

    public IEnumerable<StatementItem> Parse(Stream stream)
    {
        using var lines = new TextLines(stream, _limits.MaxLineBytes);
        var state = new State(lines.EncodingName, Format);
        (string Tag, int Line, List<string> Lines)? field = null;
        var fieldCharacters = 0;

        while (lines.Next() is { } raw)
        {
            var text = raw.TrimEnd();
            if (text.StartsWith('{'))
            {
                // SWIFT envelope blocks {1:...}{2:...}{4: — the fields start on the next lines.
                var body = text.IndexOf("{4:", StringComparison.Ordinal);
                text = body >= 0 ? text[(body + 3)..] : "";
                if (text.Length == 0)
                    continue;
            }
            if (text is "-" or "-}" || text.StartsWith("-}", StringComparison.Ordinal))
            {
                foreach (var item in Flush(ref field, state))
                    yield return item;
                foreach (var item in state.EndMessage())
                    yield return item;
                continue;
            }
            var start = FieldStart().Match(text);
            if (start.Success)
            {
                foreach (var item in Flush(ref field, state))
                    yield return item;
                field = (start.Groups["tag"].Value, lines.LineNumber, [start.Groups["value"].Value]);
                fieldCharacters = raw.Length;
            }
            else if (field is not null)
            {
                // A field is a few lines: one that runs on is refused before it is held whole.
                fieldCharacters += raw.Length;
                if (field.Value.Lines.Count >= _limits.MaxFieldLines)
                    throw new StatementFormatException(
                        $"line {lines.LineNumber}",
                        new Phrase(
                            "mt940-field-lines",
                            field.Value.Tag,
                            field.Value.Line,
                            $"{_limits.MaxFieldLines:N0}"
                        )
                    );
                if (fieldCharacters > _limits.MaxFieldCharacters)
                    throw new StatementFormatException(
                        $"line {lines.LineNumber}",
                        new Phrase(
                            "mt940-field-characters",
                            field.Value.Tag,
                            field.Value.Line,
                            $"{_limits.MaxFieldCharacters:N0}"
                        )
                    );
                field.Value.Lines.Add(raw);
            }
            else if (text.Length > 0)
            {
                yield return new StatementProblem(
                    $"line {lines.LineNumber}",
                    new Phrase("mt940-text-outside", Shorten(text)),
                    Fatal: false
                );
            }
        }
        foreach (var item in Flush(ref field, state))
            yield return item;
        foreach (var item in state.EndMessage())
            yield return item;
        if (state.Ordinal == 0)
            throw new StatementFormatException($"line {lines.LineNumber}", new Phrase("mt940-none"));
    }

    private static IEnumerable<StatementItem> Flush(ref (string Tag, int Line, List<string> Lines)? field, State state)
    {
        if (field is not { } f)
            return [];
        field = null;
        var output = new List<StatementItem>();
        try
        {
            state.Apply(f.Tag, f.Line, f.Lines, output);
        }
        catch (StatementFormatException e)
        {
            output.Add(StatementProblem.Of(e, fatal: false));
        }
        return output;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static decimal ParseAmount(string text, string location)
    {
        // Decimal comma, at most one; "119," is 119.00.
        if (
            text.Count(c => c == ',') != 1
            || !decimal.TryParse(
                text.Replace(',', '.'),
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var value
            )
        )
            throw new StatementFormatException(location, new Phrase("mt940-amount", text));
        return value;
    }

    private static Balance ParseBalance(string text, string location)
    {
        var m = BalancePattern().Match(text.Trim());
        if (!m.Success)
            throw new StatementFormatException(location, new Phrase("mt940-balance", text));
        var date = StatementDates.ParseYymmdd(m.Groups["date"].ValueSpan)
            ?? throw new StatementFormatException(location, new Phrase("mt940-balance-date", m.Groups["date"].Value));
        var amount = ParseAmount(m.Groups["amt"].Value, location);
        return new Balance(m.Groups["dc"].Value == "D" ? -amount : amount, m.Groups["ccy"].Value, date);
    }

    /// <summary>What is known of the message being read.</summary>
    private sealed class State(string encoding, StatementFormat format)
    {
        private string? _reference,
            _account,
            _sequence;
        private Balance? _opening,
            _closing;
        private bool _started;
        private int _startLine;
        private PendingLine? _pending;
        private readonly List<string> _statementInfo = [];
        private const int MaxStatementInformation = 20;
        private int _position;

        public int Ordinal { get; private set; }

        public void Apply(string tag, int line, List<string> lines, List<StatementItem> output)
        {
            var location = $"line {line} (:{tag}:)";
            var value = string.Join("\n", lines);
            switch (tag)
            {
                case "20":
                    if (_started)
                        EmitEnd(output);
                    _reference = value.Trim();
                    _startLine = line;
                    break;
                case "25":
                    _account = value.Trim();
                    break;
                case "28" or "28C":
                    _sequence = value.Trim();
                    break;
                case "60F" or "60M":
                    _opening = ParseBalance(value, location);
                    break;
                case "61":
                    EnsureStarted(output, line);
                    FlushLine(output);
                    _pending = new PendingLine(line, lines);
                    break;
                case "86":
                    if (_pending is not null && _pending.Information is null)
                        _pending.Information = lines;
                    else
                    // The statement's own information, kept for its end: a few fields at most (more are counted, not
                    // kept).
                    if (_statementInfo.Count < MaxStatementInformation)
                        _statementInfo.Add(string.Join(" ", lines.Select(l => l.Trim())));
                    break;
                case "62F" or "62M":
                    EnsureStarted(output, line);
                    FlushLine(output);
                    _closing = ParseBalance(value, location);
                    break;
                case "64" or "65" or "21" or "13" or "13D" or "34F" or "90D" or "90C":
                    FlushLine(output);
                    break;
                default:
                    output.Add(new StatementProblem(location, new Phrase("mt940-unknown-field", tag), Fatal: false));
                    break;
            }
        }

        public IEnumerable<StatementItem> EndMessage()
        {
            var output = new List<StatementItem>();
            if (_started || _opening is not null || _closing is not null)
            {
                EnsureStarted(output, _startLine);
                FlushLine(output);
                EmitEnd(output);
            }
            return output;
        }

        private void EnsureStarted(List<StatementItem> output, int line)
        {
            if (_started)
                return;
            _started = true;
            Ordinal++;
            var currency = _opening?.Currency;
            output.Add(
                new StatementStart(
                    Ordinal,
                    format,
                    _reference,
                    _account,
                    currency,
                    _sequence,
                    _opening?.Date,
                    null,
                    _opening,
                    $"line {(_startLine > 0 ? _startLine : line)}",
                    Encoding: encoding
                )
            );
        }

        private void EmitEnd(List<StatementItem> output)
        {
            FlushLine(output);
            output.Add(
                new StatementEnd(Ordinal, _closing, _statementInfo.Count > 0 ? string.Join(" ", _statementInfo) : null)
            );
            _started = false;
            _reference = _account = _sequence = null;
            _opening = _closing = null;
            _statementInfo.Clear();
            _startLine = 0;
        }

        private void FlushLine(List<StatementItem> output)
        {
            if (_pending is not { } p)
                return;
            _pending = null;
            try
            {
                output.Add(p.ToLine(++_position, Ordinal, _account, _opening?.Currency ?? _closing?.Currency));
            }
            catch (StatementFormatException e)
            {
                output.Add(StatementProblem.Of(e, fatal: false));
            }
        }
    }
}
