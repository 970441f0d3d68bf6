namespace Reconciliation.Jobs.Notices;

/// <summary>The SMTP server; credentials come from configuration or the environment (<c>Notices__Smtp__Password</c>),
/// never from the repository.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary><c>None</c>, <c>StartTls</c> (default), <c>SslOnConnect</c> or <c>Auto</c>.</summary>
    public string Security { get; set; } = "StartTls";
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "avisos-pti@imss.gob.mx";
    public string FromName { get; set; } = "IMSS Personas Trabajadoras Independientes";
    public int TimeoutSeconds { get; set; } = 30;
}
