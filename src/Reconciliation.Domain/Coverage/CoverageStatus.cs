using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Coverage;

/// <summary>A worker's standing on a date (docs/DOMAIN.md, *Status, and "as of" a date*).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CoverageStatus>))]
public enum CoverageStatus
{
    /// <summary>Enrolled, never paid.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>The month is paid.</summary>
    [JsonStringEnumMemberName("covered")]
    Covered,

    /// <summary>Covered this month, next month unpaid, before the recommended day.</summary>
    [JsonStringEnumMemberName("due")]
    Due,

    /// <summary>Next month unpaid, past the recommended day.</summary>
    [JsonStringEnumMemberName("late")]
    Late,

    /// <summary>This month unpaid.</summary>
    [JsonStringEnumMemberName("lapsed")]
    Lapsed,

    [JsonStringEnumMemberName("withdrawn")]
    Withdrawn,
}
