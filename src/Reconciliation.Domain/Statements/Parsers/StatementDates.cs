using System.Globalization;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>Dates as the formats write them, turned into Mexico City calendar days.</summary>
internal static class StatementDates
{
    /// <summary>An ISO date (<c>2026-03-10</c>) or date-time; a date-time with an offset is taken to Mexico
    /// City.</summary>
    public static DateOnly? ParseIso(string? text, string location)
    {
        if (text is null)
            return null;
        if (TryParseDate(text, out var date))
            return date;
        if (
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && text.Length > 10
        )
        {
            var hasOffset = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
            return hasOffset ? MexicoCity.DateOf(instant) : DateOnly.FromDateTime(instant.DateTime);
        }
        throw new StatementFormatException(location, new Phrase("not-a-date", text));
    }

    /// <summary>
    /// Exactly <c>YYYY-MM-DD</c>, a real calendar day. Every entry has two of these: read directly, as
    /// the general format parser (DateOnly.TryParseExact) was a tenth of the whole import's CPU.
    /// </summary>
    internal static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (
            text.Length != 10
            || text[4] != '-'
            || text[7] != '-'
            || text[..4].ContainsAnyExceptInRange('0', '9')
            || text.Slice(5, 2).ContainsAnyExceptInRange('0', '9')
            || text[8..].ContainsAnyExceptInRange('0', '9')
        )
            return false;
        int Digits(ReadOnlySpan<char> d)
        {
            var n = 0;
            foreach (var c in d)
                n = n * 10 + (c - '0');
            return n;
        }
        var (year, month, day) = (Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text[8..]));
        if (!IsDate(year, month, day))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>YYMMDD as in MT940 (years 00-79 are 20xx, 80-99 19xx, as SWIFT does).</summary>
    public static DateOnly? ParseYymmdd(ReadOnlySpan<char> text)
    {
        if (text.Length != 6 || text.ContainsAnyExceptInRange('0', '9'))
            return null;
        var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(text.Slice(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.Slice(4, 2), CultureInfo.InvariantCulture);
        var year = yy < 80 ? 2000 + yy : 1900 + yy;
        return IsDate(year, month, day) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>A day and month without a year: the year that puts the date nearest the reference date.</summary>
    public static DateOnly? NearestTo(DateOnly reference, int month, int day)
    {
        DateOnly? best = null;
        foreach (var year in new[] { reference.Year - 1, reference.Year, reference.Year + 1 })
        {
            if (!IsDate(year, month, day))
                continue;
            var candidate = new DateOnly(year, month, day);
            if (
                best is null
                || Math.Abs(candidate.DayNumber - reference.DayNumber)
                    < Math.Abs(best.Value.DayNumber - reference.DayNumber)
            )
                best = candidate;
        }
        return best;
    }

    public static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
