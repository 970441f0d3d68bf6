using MailKit.Security;

namespace Reconciliation.Jobs.Notices;

/// <summary>The SMTP server; credentials come from configuration or the environment (<c>Notices__Smtp__Password</c>),
/// never from the repository.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default) or <c>SslOnConnect</c>; <c>None</c> and <c>Auto</c> (which falls back to
    /// plain text when the server offers no TLS) only with <see cref="AllowPlainText"/>.</summary>
    public string Security { get; set; } = "StartTls";

    /// <summary>Lets mail, and the SMTP password, cross the network unencrypted: for a relay on the same machine
    /// only.</summary>
    public bool AllowPlainText { get; set; }

    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "avisos-pti@imss.gob.mx";
    public string FromName { get; set; } = "IMSS Personas Trabajadoras Independientes";
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How the connection is secured; a setting that would send in plain text without
    /// <see cref="AllowPlainText"/>, or an unknown one, stops the start with its name.</summary>
    public SecureSocketOptions SocketOptions()
    {
        const string where = "Notices:Smtp:Security";
        if (
            !Enum.TryParse<SecureSocketOptions>(Security, ignoreCase: true, out var options)
            || !Enum.IsDefined(options)
            || Security.Contains(',')
            || int.TryParse(Security, out _)
        )
            throw new InvalidOperationException($"{where} is '{Security}'; it is StartTls or SslOnConnect.");
        var plainTextPossible =
            options
            is SecureSocketOptions.None
                or SecureSocketOptions.Auto
                or SecureSocketOptions.StartTlsWhenAvailable;
        if (plainTextPossible && !AllowPlainText)
            throw new InvalidOperationException(
                $"{where} is '{Security}', which can send mail and the SMTP password in plain text: use StartTls or "
                    + "SslOnConnect, or set Notices:Smtp:AllowPlainText to true for a relay on this machine."
            );
        return options;
    }
}
