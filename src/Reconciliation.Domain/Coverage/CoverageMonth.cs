using System.Globalization;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Coverage;

/// <summary>A calendar month of coverage, written <c>YYYY-MM</c>.</summary>
[JsonConverter(typeof(CoverageMonthJsonConverter))]
public readonly record struct CoverageMonth(int Year, int Month) : IComparable<CoverageMonth>
{
    public static CoverageMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static CoverageMonth Parse(string text) =>
        new(
            int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture),
            int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture)
        );

    public static bool TryParse(string? text, out CoverageMonth month)
    {
        month = default;
        if (
            text is not { Length: 7 }
            || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m is < 1 or > 12
        )
            return false;
        month = new CoverageMonth(y, m);
        return true;
    }

    public CoverageMonth Plus(int months)
    {
        var index = Year * 12 + (Month - 1) + months;
        return new CoverageMonth(index / 12, index % 12 + 1);
    }

    public CoverageMonth Next => Plus(1);
    public CoverageMonth Previous => Plus(-1);

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>A day of this month, clamped to its length.</summary>
    public DateOnly Day(int day) => new(Year, Month, Math.Min(day, DateTime.DaysInMonth(Year, Month)));

    public int CompareTo(CoverageMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(CoverageMonth a, CoverageMonth b) => a.CompareTo(b) < 0;

    public static bool operator >(CoverageMonth a, CoverageMonth b) => a.CompareTo(b) > 0;

    public static bool operator <=(CoverageMonth a, CoverageMonth b) => a.CompareTo(b) <= 0;

    public static bool operator >=(CoverageMonth a, CoverageMonth b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
