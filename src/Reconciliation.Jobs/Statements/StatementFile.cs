using Reconciliation.Domain.Statements.Import;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// A file received by the import, once per content (<see cref="Sha256"/> is unique in the database),
/// with its progress and its report. The file itself is kept in the store under its hash.
/// </summary>
public sealed class StatementFile
{
    public Guid Id { get; set; }
    public string Sha256 { get; set; } = "";
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ImportedAt { get; set; }
    public string StoredPath { get; set; } = "";
    public StatementFileStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Items of the file (in reading order) whose effects are committed: a resumed import skips
    /// them.</summary>
    public long Checkpoint { get; set; }

    /// <summary>When the import last committed something of the file (or started): the sweeper resumes files idle for
    /// long.</summary>
    public DateTimeOffset? LastProgressAt { get; set; }

    /// <summary>Every attempt at importing the file: when, by which door, and how it ended.</summary>
    public List<ImportAttempt> History { get; set; } = [];
    public StatementImportReport Report { get; set; } = new();
}

/// <summary>One attempt at importing a file: who started it (upload, inbox, command, sweeper, retry), when, and how it
/// ended.</summary>
public sealed record ImportAttempt(int Number, string By, DateTimeOffset StartedAt)
{
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary><c>imported</c>, <c>imported-with-errors</c>, <c>failed</c>, <c>stopped</c> (resumable), or null while
    /// it runs.</summary>
    public string? Outcome { get; set; }
    public string? Error { get; set; }
}
