using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Workers;

/// <summary>How often the worker chose to pay in advance: 1, 6 or 12 months at a time.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Periodicity>))]
public enum Periodicity
{
    [JsonStringEnumMemberName("monthly")]
    Monthly = 1,

    [JsonStringEnumMemberName("semiannual")]
    Semiannual = 6,

    [JsonStringEnumMemberName("annual")]
    Annual = 12,
}
