namespace Reconciliation.Jobs;

/// <summary>Scheduling settings, bound from the <c>Jobs</c> section.</summary>
public sealed class JobsSettings
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process (off for processes that only serve HTTP).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Time zone of every cron expression.</summary>
    public string TimeZone { get; set; } = "America/Mexico_City";

    public int WorkerCount { get; set; } = 2;

    /// <summary>Serve the Hangfire dashboard at <c>/hangfire</c>.</summary>
    public bool Dashboard { get; set; } = true;
}
