using System.Text.Json.Serialization;
using Reconciliation.Domain;

namespace Reconciliation.Jobs.Exceptions;

/// <summary>The kinds of items in the operators' queue, written as the API and the stored documents spell
/// them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExceptionKind>))]
public enum ExceptionKind
{
    /// <summary>A deposit no single enrolled worker could be read from.</summary>
    [JsonStringEnumMemberName("suspense")]
    Suspense,

    /// <summary>A lot of held credit: an amount that is not exactly 1, 6 or 12 monthly fees, a part of a reversed
    /// payment, money after a withdrawal.</summary>
    [JsonStringEnumMemberName("amount")]
    Amount,

    /// <summary>A reversal or return the system could not apply by itself: its deposit not found, or not one to take
    /// back.</summary>
    [JsonStringEnumMemberName("reversal")]
    Reversal,

    /// <summary>A credit announced by a notification (camt.054) that no statement has confirmed in time.</summary>
    [JsonStringEnumMemberName("unconfirmed")]
    Unconfirmed,

    /// <summary>A credit that may be one another door recorded already: same (nothing paid) or different (paid as its
    /// own)?</summary>
    [JsonStringEnumMemberName("possible-duplicate")]
    PossibleDuplicate,
}

/// <summary>Whether an item waits for a decision.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExceptionStatus>))]
public enum ExceptionStatus
{
    [JsonStringEnumMemberName("open")]
    Open,

    [JsonStringEnumMemberName("resolved")]
    Resolved,
}

public static class ExceptionKinds
{
    /// <summary>The name of a kind as the API and the documents write it (<c>possible-duplicate</c>).</summary>
    public static string Name(this ExceptionKind kind) => JsonNames.Of(kind);
}
