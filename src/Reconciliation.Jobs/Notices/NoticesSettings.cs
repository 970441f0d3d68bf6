namespace Reconciliation.Jobs.Notices;

/// <summary>Settings of the alerts, bound from the <c>Notices</c> section.</summary>
public sealed class NoticesSettings
{
    public const string Section = "Notices";

    /// <summary>Cron of the daily delinquency scan (in <c>Jobs:TimeZone</c>).</summary>
    public string ScanCron { get; set; } = "0 7 * * *";

    /// <summary>
    /// The scan waits for the imports: while a statement file received before it is not imported to its end, it sends
    /// no notice (the payments a notice would call late may be in that file) and runs again after
    /// <see cref="ScanDeferral"/>.
    /// </summary>
    public bool WaitForImports { get; set; } = true;

    public TimeSpan ScanDeferral { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Workers read per transaction by the scan.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Without an SMTP host, mail is written as .eml files here (relative to the working folder).</summary>
    public string PickupFolder { get; set; } = "mail";

    public SmtpSettings Smtp { get; set; } = new();
}
