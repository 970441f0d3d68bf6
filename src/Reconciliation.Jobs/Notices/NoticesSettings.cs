namespace Reconciliation.Jobs.Notices;

/// <summary>Settings of the alerts, bound from the <c>Notices</c> section.</summary>
public sealed class NoticesSettings
{
    public const string Section = "Notices";

    /// <summary>Cron of the daily delinquency scan (in <c>Jobs:TimeZone</c>).</summary>
    public string ScanCron { get; set; } = "0 7 * * *";

    /// <summary>Workers read per transaction by the scan.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Without an SMTP host, mail is written as .eml files here (relative to the working folder).</summary>
    public string PickupFolder { get; set; } = "mail";

    public SmtpSettings Smtp { get; set; } = new();
}
