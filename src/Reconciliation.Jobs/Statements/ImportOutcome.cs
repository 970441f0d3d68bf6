using System.Text.Json.Serialization;

namespace Reconciliation.Jobs.Statements;

[JsonConverter(typeof(JsonStringEnumConverter<ImportOutcome>))]
public enum ImportOutcome
{
    [JsonStringEnumMemberName("imported")]
    Imported,

    [JsonStringEnumMemberName("imported-with-errors")]
    ImportedWithErrors,

    /// <summary>The same content was imported before: nothing changed.</summary>
    [JsonStringEnumMemberName("already-imported")]
    AlreadyImported,

    /// <summary>Another process is importing this file right now.</summary>
    [JsonStringEnumMemberName("in-progress")]
    InProgress,

    [JsonStringEnumMemberName("failed")]
    Failed,
}
