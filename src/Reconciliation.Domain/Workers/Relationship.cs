using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Workers;

/// <summary>Who a beneficiary is to the worker (docs/DOMAIN.md, *Identifiers*).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Relationship>))]
public enum Relationship
{
    [JsonStringEnumMemberName("spouse")]
    Spouse,

    [JsonStringEnumMemberName("partner")]
    Partner,

    [JsonStringEnumMemberName("child")]
    Child,

    [JsonStringEnumMemberName("father")]
    Father,

    [JsonStringEnumMemberName("mother")]
    Mother,
}
