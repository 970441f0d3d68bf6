using System.Text.Json.Serialization;

namespace Reconciliation.Jobs.Statements;

[JsonConverter(typeof(JsonStringEnumConverter<StatementFileStatus>))]
public enum StatementFileStatus
{
    /// <summary>Stored, not yet imported (or interrupted: the next run resumes it).</summary>
    [JsonStringEnumMemberName("received")]
    Received,

    [JsonStringEnumMemberName("importing")]
    Importing,

    [JsonStringEnumMemberName("imported")]
    Imported,

    /// <summary>Imported, but some lines could not be read: they are listed in the report.</summary>
    [JsonStringEnumMemberName("imported-with-errors")]
    ImportedWithErrors,

    /// <summary>The file could not be read: nothing of it was written; it is kept and can be retried.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
