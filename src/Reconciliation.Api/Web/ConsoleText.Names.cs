namespace Reconciliation.Api.Web;

/// <summary>The API's names of statuses, kinds and checks, as the console says them in each language; a name without
/// words here is shown as the API spells it.</summary>
public sealed partial class ConsoleText
{
    private static readonly IReadOnlyDictionary<string, (string Es, string En)> Names = new Dictionary<
        string,
        (string, string)
    >
    {
        ["received"] = ("recibido", "received"),
        ["importing"] = ("importándose", "importing"),
        ["imported"] = ("importado", "imported"),
        ["imported-with-errors"] = ("importado con errores", "imported with errors"),
        ["failed"] = ("falló", "failed"),
        ["pending"] = ("pendiente", "pending"),
        ["covered"] = ("cubierto", "covered"),
        ["due"] = ("por pagar", "due"),
        ["late"] = ("atrasado", "late"),
        ["lapsed"] = ("sin cobertura", "lapsed"),
        ["withdrawn"] = ("dado de baja", "withdrawn"),
        ["suspense"] = ("en suspenso", "in suspense"),
        ["amount"] = ("monto distinto (crédito retenido)", "amount (held credit)"),
        ["reversal"] = ("devolución", "reversal"),
        ["unconfirmed"] = ("sin confirmar", "unconfirmed"),
        ["possible-duplicate"] = ("posible duplicado", "possible duplicate"),
        ["open"] = ("abierta", "open"),
        ["resolved"] = ("resuelta", "resolved"),
        ["scheduled"] = ("programado", "scheduled"),
        ["sent"] = ("enviado", "sent"),
        ["failing"] = ("con fallas", "failing"),
        ["ok"] = ("correcto", "ok"),
        ["break"] = ("salto", "break"),
        ["first"] = ("primero", "first"),
        ["mismatch"] = ("no cuadra", "mismatch"),
        ["not-available"] = ("sin datos", "not available"),
    };

    /// <summary>An API name (a status, a kind, a check) in the console's language.</summary>
    public string Name(string apiName) =>
        Names.TryGetValue(apiName, out var words) ? (Language == "en" ? words.En : words.Es) : apiName;
}
