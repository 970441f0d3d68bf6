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
        ["queueNav"] = "Cola",
        ["filter"] = "Filtrar",
        ["all"] = "Todas",
        ["resolved"] = "Resueltas",
        ["onlyAwaiting"] = "Solo las que esperan aprobación",
        ["raised"] = "Levantada",
        ["amount"] = "Monto",
        ["valueDate"] = "Fecha valor",
        ["concept"] = "Concepto",
        ["reason"] = "Motivo",
        ["nss"] = "NSS",
        ["noItems"] = "No hay elementos con estos filtros.",
        ["item"] = "Elemento de la cola",
        ["deposit"] = "Depósito",
        ["payer"] = "Ordenante",
        ["payerAccount"] = "Cuenta del ordenante",
        ["trackingKey"] = "Clave de rastreo",
        ["suggestions"] = "Sugerencias",
        ["candidates"] = "Depósitos que podría repetir",
        ["history"] = "Decisiones",
        ["decidedBy"] = "por",
        ["approvedBy"] = "aprobada por",
        ["pending"] = "Espera aprobación",
        ["requestedBy"] = "solicitada por",
        ["decide"] = "Decidir",
        ["whyRequired"] = "Motivo (obligatorio)",
        ["month"] = "Mes (AAAA-MM)",
        ["otherNss"] = "NSS de otro trabajador",
        ["rest"] = "El resto",
        ["restKeep"] = "se queda retenido",
        ["restRefund"] = "se reembolsa",
        ["depositId"] = "Depósito",
        ["assign"] = "Asignar al trabajador",
        ["apply"] = "Aplicar",
        ["refund"] = "Reembolsar",
        ["keep"] = "Mantener retenido",
        ["split"] = "Dividir",
        ["return"] = "Es la devolución de este depósito",
        ["close"] = "Cerrar (atendido con el banco)",
        ["same"] = "Es el mismo depósito",
        ["different"] = "Es un depósito distinto",
        ["approve"] = "Aprobar",
        ["reject"] = "Rechazar",
        ["taken"] = "Decisión registrada.",
        ["requested"] = "Solicitud registrada: espera la aprobación de otra llave.",
        ["refused"] = "No se tomó la decisión:",
        ["next"] = "Siguiente elemento",
        ["backToQueue"] = "Volver a la cola",
        ["notFound"] = "No existe ese elemento.",
        ["readOnly"] = "Su rol permite consultar, no decidir.",
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
        ["queueNav"] = "Queue",
        ["filter"] = "Filter",
        ["all"] = "All",
        ["resolved"] = "Resolved",
        ["onlyAwaiting"] = "Only those awaiting approval",
        ["raised"] = "Raised",
        ["amount"] = "Amount",
        ["valueDate"] = "Value date",
        ["concept"] = "Concept",
        ["reason"] = "Reason",
        ["nss"] = "NSS",
        ["noItems"] = "No items with these filters.",
        ["item"] = "Queue item",
        ["deposit"] = "Deposit",
        ["payer"] = "Payer",
        ["payerAccount"] = "Payer's account",
        ["trackingKey"] = "Tracking key",
        ["suggestions"] = "Suggestions",
        ["candidates"] = "Deposits it may repeat",
        ["history"] = "Decisions",
        ["decidedBy"] = "by",
        ["approvedBy"] = "approved by",
        ["pending"] = "Awaiting approval",
        ["requestedBy"] = "requested by",
        ["decide"] = "Decide",
        ["whyRequired"] = "Reason (required)",
        ["month"] = "Month (YYYY-MM)",
        ["otherNss"] = "Another worker's NSS",
        ["rest"] = "The rest",
        ["restKeep"] = "stays held",
        ["restRefund"] = "is refunded",
        ["depositId"] = "Deposit",
        ["assign"] = "Assign to the worker",
        ["apply"] = "Apply",
        ["refund"] = "Refund",
        ["keep"] = "Keep held",
        ["split"] = "Split",
        ["return"] = "It returns this deposit",
        ["close"] = "Close (handled with the bank)",
        ["same"] = "It is the same deposit",
        ["different"] = "It is a different deposit",
        ["approve"] = "Approve",
        ["reject"] = "Reject",
        ["taken"] = "Decision recorded.",
        ["requested"] = "Request recorded: it waits for another key's approval.",
        ["refused"] = "The decision was not taken:",
        ["next"] = "Next item",
        ["backToQueue"] = "Back to the queue",
        ["notFound"] = "There is no such item.",
        ["readOnly"] = "Your role may read, not decide.",
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
