using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Workers;

/// <summary>The language of the worker's notices: Spanish unless the worker asked for English.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Language>))]
public enum Language
{
    [JsonStringEnumMemberName("es")]
    Spanish,

    [JsonStringEnumMemberName("en")]
    English,
}
