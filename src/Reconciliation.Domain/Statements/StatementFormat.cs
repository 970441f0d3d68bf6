using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Statements;

/// <summary>The bank statement formats the import reads (DOMAIN.md §4), told apart by content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatementFormat>))]
public enum StatementFormat
{
    [JsonStringEnumMemberName("camt.053")] Camt053,
    [JsonStringEnumMemberName("camt.054")] Camt054,
    [JsonStringEnumMemberName("mt940")] Mt940,
    [JsonStringEnumMemberName("scotiabank-csv")] ScotiabankCsv,
}
