using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Notices;

/// <summary>The alerts of docs/DOMAIN.md, *Notices*, written as the events, the notice ids and the API spell
/// them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeKind>))]
public enum NoticeKind
{
    /// <summary>Before the recommended day, next month unpaid.</summary>
    [JsonStringEnumMemberName("reminder")]
    Reminder,

    /// <summary>After the recommended day: pay by the deadline to keep coverage.</summary>
    [JsonStringEnumMemberName("late")]
    Late,

    /// <summary>After the deadline: coverage ends with this month; how to resume.</summary>
    [JsonStringEnumMemberName("lapse")]
    Lapse,

    /// <summary>A deposit of another amount than expected is held.</summary>
    [JsonStringEnumMemberName("amount")]
    Amount,
}

public static class NoticeKinds
{
    /// <summary>The kind as the events write it, also the first part of a notice's id.</summary>
    public static string Name(this NoticeKind kind) => JsonNames.Of(kind);
}
