using Reconciliation.Domain.Statements.Import;

namespace Reconciliation.Jobs.Statements;

/// <summary>Settings of the statement import, bound from the <c>Statements</c> section.</summary>
public sealed class StatementsSettings
{
    public const string Section = "Statements";

    /// <summary>Folder holding <c>inbox/</c>, <c>archive/</c>, <c>failed/</c> and <c>store/</c> (every file received, by content hash).</summary>
    public string Root { get; set; } = "statements";

    /// <summary>The accounts whose credits are IMSS payments (CLABE or account number).</summary>
    public List<string> ImssAccounts { get; set; } = [.. ImportRules.DefaultImssAccounts];

    /// <summary>The account of files that name none (the Scotiabank CSV export).</summary>
    public string DefaultAccount { get; set; } = ImportRules.DefaultImssAccounts[0];

    /// <summary>Largest file accepted, in bytes (upload, drop folder, command line).</summary>
    public long MaxFileBytes { get; set; } = 1L << 30;

    /// <summary>Lines written per transaction; a crash loses at most the batch in flight, which the next run redoes.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Cron of the nightly import (in <c>Jobs:TimeZone</c>).</summary>
    public string NightlyCron { get; set; } = "0 2 * * *";

    /// <summary>A file in the inbox is taken once it has not changed for this long (it may still be being copied).</summary>
    public TimeSpan InboxSettleTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A line another door (another file's format) already described is a sighting of that deposit, not a new one. Off,
    /// every file's line is a deposit of its own unless its natural key is recorded (what the system did before).
    /// </summary>
    public bool RecogniseOtherDoors { get; set; } = true;

    public string FullRoot => Path.GetFullPath(Root);
    public string Inbox => Path.Combine(FullRoot, "inbox");
    public string Archive => Path.Combine(FullRoot, "archive");
    public string Failed => Path.Combine(FullRoot, "failed");
    public string Store => Path.Combine(FullRoot, "store");
}
