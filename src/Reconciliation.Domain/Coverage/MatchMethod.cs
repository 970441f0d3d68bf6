using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Coverage;

/// <summary>How a deposit came to a worker, written as the events and the API spell it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchMethod>))]
public enum MatchMethod
{
    /// <summary>By the one enrolled NSS in its reference (docs/DOMAIN.md, *Matching*).</summary>
    [JsonStringEnumMemberName("automatic")]
    Automatic,

    /// <summary>Assigned by an operator from suspense.</summary>
    [JsonStringEnumMemberName("operator")]
    ByOperator,

    /// <summary>A part of another worker's held lot, split to this one by an operator.</summary>
    [JsonStringEnumMemberName("transfer")]
    Transfer,
}
