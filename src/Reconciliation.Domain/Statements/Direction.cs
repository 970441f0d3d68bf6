using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Statements;

/// <summary>The effect of a line on the account balance: money in or money out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    [JsonStringEnumMemberName("credit")]
    Credit,

    [JsonStringEnumMemberName("debit")]
    Debit,
}
