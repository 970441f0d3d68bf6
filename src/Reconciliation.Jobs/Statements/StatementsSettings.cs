using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;

namespace Reconciliation.Jobs.Statements;

/// <summary>Settings of the statement import, bound from the <c>Statements</c> section.</summary>
public sealed class StatementsSettings
{
    public const string Section = "Statements";

    /// <summary>Folder holding <c>inbox/</c>, <c>archive/</c>, <c>failed/</c> and <c>store/</c> (every file received,
    /// by content hash).</summary>
    public string Root { get; set; } = "statements";

    /// <summary>The accounts whose credits are IMSS payments (CLABE or account number).</summary>
    public List<string> ImssAccounts { get; set; } = [.. ImportRules.DefaultImssAccounts];

    /// <summary>The account of files that name none (the Scotiabank CSV export).</summary>
    public string DefaultAccount { get; set; } = ImportRules.DefaultImssAccounts[0];

    /// <summary>Largest file accepted, in bytes (upload, drop folder, command line).</summary>
    public long MaxFileBytes { get; set; } = 1L << 30;

    /// <summary>Lines written per transaction; a crash loses at most the batch in flight, which the next run
    /// redoes.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Cron of the nightly import (in <c>Jobs:TimeZone</c>).</summary>
    public string NightlyCron { get; set; } = "0 2 * * *";

    /// <summary>A file in the inbox is taken once it has not changed for this long (it may still be being
    /// copied).</summary>
    public TimeSpan InboxSettleTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A line another door (another file's format) already described is a sighting of that deposit, not a new one. Off,
    /// every file's line is a deposit of its own unless its natural key is recorded (what the system did before).
    /// </summary>
    public bool RecogniseOtherDoors { get; set; } = true;

    /// <summary>
    /// How long an upload's request waits for its import (run in the background either way): a file imported within it
    /// is answered 201 with its report; a longer one 202 with where to read the report.
    /// </summary>
    public TimeSpan UploadWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A file left <c>received</c> or <c>importing</c> with no progress for this long is resumed by the
    /// sweeper.</summary>
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts at a file before the sweeper gives up and marks it <c>failed</c> (an operator can still retry
    /// it).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Cron of the sweeper (in <c>Jobs:TimeZone</c>).</summary>
    public string SweepCron { get; set; } = "*/5 * * * *";

    /// <summary>At start-up, every file left open is resumed at once, whatever its age (what a crash left
    /// behind).</summary>
    public bool SweepOnStartup { get; set; } = true;

    /// <summary>What the readers refuse, so that any file is read in bounded memory (
    /// <see cref="StatementLimits"/>).</summary>
    public StatementLimits Limits { get; set; } = new();

    public string FullRoot => Path.GetFullPath(Root);
    public string Inbox => Path.Combine(FullRoot, "inbox");
    public string Archive => Path.Combine(FullRoot, "archive");
    public string Failed => Path.Combine(FullRoot, "failed");
    public string Store => Path.Combine(FullRoot, "store");
}
