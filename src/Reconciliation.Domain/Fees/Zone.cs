using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Fees;

/// <summary>Geographic zone of the minimum wage.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Zone>))]
public enum Zone
{
    [JsonStringEnumMemberName("general")]
    General,

    [JsonStringEnumMemberName("northern-border")]
    NorthernBorder,
}
