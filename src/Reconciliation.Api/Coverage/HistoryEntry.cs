namespace Reconciliation.Api.Coverage;

/// <summary>One event of a worker's stream, as an operator reads it.</summary>
public sealed record HistoryEntry(
    long Version,
    string Type,
    DateTimeOffset RecordedAt,
    DateOnly? EffectiveDate,
    object Data
);
