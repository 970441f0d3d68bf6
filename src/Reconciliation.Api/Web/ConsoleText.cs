namespace Reconciliation.Api.Web;

/// <summary>
/// The console's words, in Spanish (the default) and English. The language is the <c>lang</c> cookie, set by the
/// switch in the header (<c>?lang=en</c>). One dictionary per language, so a missing word fails the test that reads
/// every key in both.
/// </summary>
public sealed class ConsoleText(string language)
{
    public const string Cookie = "imss_lang";

    public static readonly IReadOnlyDictionary<string, string> Spanish = new Dictionary<string, string>
    {
        ["title"] = "Conciliación IMSS",
        ["skip"] = "Ir al contenido",
        ["today"] = "Hoy",
        ["signIn"] = "Iniciar sesión",
        ["signOut"] = "Cerrar sesión",
        ["key"] = "Llave de API",
        ["keyHelp"] = "La llave que le dio el administrador (ops/apikey). No se guarda en este equipo.",
        ["wrongKey"] = "La llave no es válida.",
        ["signedInAs"] = "Sesión de",
        ["role"] = "rol",
        ["denied"] = "Su llave no tiene el rol que esta página pide.",
        ["files"] = "Archivos recibidos",
        ["file"] = "Archivo",
        ["received"] = "Recibido (hora de la Ciudad de México)",
        ["status"] = "Estado",
        ["credits"] = "Abonos",
        ["deposits"] = "Depósitos",
        ["problems"] = "Problemas",
        ["noFiles"] = "No se ha recibido ningún archivo.",
        ["queue"] = "Cola de excepciones abiertas",
        ["kind"] = "Tipo",
        ["open"] = "Abiertas",
        ["awaitingApproval"] = "Reembolsos y divisiones por aprobar",
        ["jobs"] = "Tareas programadas",
        ["apiReference"] = "Referencia de la API",
        ["language"] = "English",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["title"] = "IMSS reconciliation",
        ["skip"] = "Skip to content",
        ["today"] = "Today",
        ["signIn"] = "Sign in",
        ["signOut"] = "Sign out",
        ["key"] = "API key",
        ["keyHelp"] = "The key your administrator gave you (ops/apikey). It is not stored on this computer.",
        ["wrongKey"] = "The key is not valid.",
        ["signedInAs"] = "Signed in as",
        ["role"] = "role",
        ["denied"] = "Your key does not have the role this page needs.",
        ["files"] = "Files received",
        ["file"] = "File",
        ["received"] = "Received (Mexico City time)",
        ["status"] = "Status",
        ["credits"] = "Credits",
        ["deposits"] = "Deposits",
        ["problems"] = "Problems",
        ["noFiles"] = "No file has been received.",
        ["queue"] = "Open exception queue",
        ["kind"] = "Kind",
        ["open"] = "Open",
        ["awaitingApproval"] = "Refunds and splits awaiting approval",
        ["jobs"] = "Scheduled jobs",
        ["apiReference"] = "API reference",
        ["language"] = "Español",
    };

    public string Language { get; } = language == "en" ? "en" : "es";

    /// <summary>The language the switch leads to.</summary>
    public string Other => Language == "en" ? "es" : "en";

    public string this[string key] => (Language == "en" ? English : Spanish)[key];

    public static ConsoleText For(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        if (asked is "es" or "en")
        {
            context.Response.Cookies.Append(
                Cookie,
                asked,
                new CookieOptions
                {
                    HttpOnly = true,
                    Secure = true,
                    SameSite = SameSiteMode.Strict,
                    MaxAge = TimeSpan.FromDays(365),
                }
            );
            return new ConsoleText(asked);
        }
        return new ConsoleText(context.Request.Cookies[Cookie] ?? "es");
    }
}
