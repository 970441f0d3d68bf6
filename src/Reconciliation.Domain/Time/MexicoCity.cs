using NodaTime;

namespace Reconciliation.Domain.Time;

/// <summary>Every date of the system is a calendar day in America/Mexico_City (docs/DOMAIN.md, *Dates, and what
/// identifies a transfer*).</summary>
public static class MexicoCity
{
    public const string TimeZoneId = "America/Mexico_City";

    // NodaTime ships its own copy of the tz database: the answer does not depend on the host's tzdata.
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[TimeZoneId];

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(Zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }

    /// <summary>The instant a Mexico City calendar day begins.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new LocalDate(date.Year, date.Month, date.Day).AtStartOfDayInZone(Zone).ToDateTimeOffset();

    public static DateTimeOffset LocalTime(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).ToDateTimeOffset();
}
