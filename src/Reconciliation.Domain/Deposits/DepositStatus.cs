using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Deposits;

[JsonConverter(typeof(JsonStringEnumConverter<DepositStatus>))]
public enum DepositStatus
{
    /// <summary>Recorded, waiting to be matched to a worker.</summary>
    [JsonStringEnumMemberName("unmatched")]
    Unmatched,

    /// <summary>Matched to a worker.</summary>
    [JsonStringEnumMemberName("matched")]
    Matched,

    /// <summary>No single enrolled worker in the reference: waits for an operator.</summary>
    [JsonStringEnumMemberName("suspense")]
    Suspense,

    /// <summary>An operator decided to give it back.</summary>
    [JsonStringEnumMemberName("refund-requested")]
    RefundRequested,

    /// <summary>The bank took it back.</summary>
    [JsonStringEnumMemberName("returned")]
    Returned,

    /// <summary>Another door may have described it already: not money until an operator says it is a credit of its
    /// own.</summary>
    [JsonStringEnumMemberName("possible-duplicate")]
    PossibleDuplicate,

    /// <summary>An operator (or the repair) found it is another deposit described again: it is not money.</summary>
    [JsonStringEnumMemberName("duplicate")]
    Duplicate,
}
