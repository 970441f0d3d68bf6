namespace Reconciliation.Domain.Words;

/// <summary>The names the API writes (statuses, kinds, checks, decisions) as the console says them in each language;
/// compared without case, so an enum's name finds its words too. The API itself writes the names as they are.</summary>
public static partial class Phrases
{
    public static readonly IReadOnlyDictionary<string, (string En, string Es)> Names = new Dictionary<
        string,
        (string, string)
    >(StringComparer.OrdinalIgnoreCase)
    {
        // A key's role.
        ["reader"] = ("reader", "lectura"),
        ["operator"] = ("operator", "operador"),
        ["approver"] = ("approver", "aprobador"),
        ["admin"] = ("admin", "administrador"),
        // A statement file's status, a statement's checks.
        ["received"] = ("received", "recibido"),
        ["importing"] = ("importing", "importándose"),
        ["imported"] = ("imported", "importado"),
        ["imported-with-errors"] = ("imported with errors", "importado con errores"),
        ["failed"] = ("failed", "falló"),
        ["ok"] = ("ok", "correcto"),
        ["break"] = ("break", "salto"),
        ["first"] = ("first", "primero"),
        ["mismatch"] = ("mismatch", "no cuadra"),
        ["not-available"] = ("not available", "sin datos"),
        // A worker's coverage.
        ["pending"] = ("pending", "pendiente"),
        ["covered"] = ("covered", "cubierto"),
        ["due"] = ("due", "por pagar"),
        ["late"] = ("late", "atrasado"),
        ["lapsed"] = ("lapsed", "sin cobertura"),
        ["withdrawn"] = ("withdrawn", "dado de baja"),
        // A flag on a payment.
        ["late-coverage-gap"] = ("late, months lost", "tardío, con meses perdidos"),
        ["underpaid"] = ("underpaid", "pago de menos"),
        ["overpaid"] = ("overpaid", "pago de más"),
        ["reference-not-clean"] = ("reference not clean", "referencia con texto de más"),
        ["reversed"] = ("reversed", "devuelto"),
        ["after-withdrawal"] = ("after withdrawal", "después de la baja"),
        // How a lot was applied.
        ["completed"] = ("completed", "completado"),
        ["accepted-by-operator"] = ("accepted by an operator", "aceptado por un operador"),
        ["split-by-operator"] = ("split by an operator", "dividido por un operador"),
        // A notice's kind.
        ["reminder"] = ("reminder", "recordatorio"),
        ["lapse"] = ("lapse", "pérdida de cobertura"),
        // A queue item's kind and status.
        ["suspense"] = ("in suspense", "en suspenso"),
        ["amount"] = ("amount (held credit)", "monto distinto (crédito retenido)"),
        ["reversal"] = ("reversal", "devolución"),
        ["unconfirmed"] = ("unconfirmed", "sin confirmar"),
        ["possible-duplicate"] = ("possible duplicate", "posible duplicado"),
        ["open"] = ("open", "abierta"),
        ["resolved"] = ("resolved", "resuelta"),
        // A deposit's status.
        ["unmatched"] = ("unmatched", "sin conciliar"),
        ["matched"] = ("matched", "conciliado"),
        ["refund-requested"] = ("refund requested", "reembolso solicitado"),
        ["returned"] = ("returned by the bank", "devuelto por el banco"),
        ["duplicate"] = ("duplicate", "duplicado"),
        ["gone"] = ("gone", "inexistente"),
        // A notice's status.
        ["scheduled"] = ("scheduled", "programado"),
        ["sent"] = ("sent", "enviado"),
        ["failing"] = ("failing", "con fallas"),
        // An operator's decision on a queue item.
        ["assign"] = ("assign", "asignación a un trabajador"),
        ["apply"] = ("apply", "aplicación"),
        ["applied"] = ("applied", "aplicación"),
        ["kept"] = ("kept", "retención"),
        ["refund"] = ("refund", "reembolso"),
        ["keep"] = ("keep", "retención"),
        ["split"] = ("split", "división"),
        ["close"] = ("close", "cierre"),
        ["return"] = ("return", "devolución del depósito"),
        ["same"] = ("same", "mismo depósito"),
        ["different"] = ("different", "depósito distinto"),
    };
}
