using System.Globalization;
using System.Text.RegularExpressions;
using Reconciliation.Domain.Coverage;

namespace Reconciliation.Api.Web;

/// <summary>
/// A worker's event in plain words: what happened, in the console's language, and its amount, month, deposit and
/// reason when it has them. Every event type of the worker's stream has its words (a test holds it).
/// </summary>
public static partial class EventWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> Words = new Dictionary<
        string,
        (string, string)
    >
    {
        ["WorkerEnrolled"] = ("Inscripción", "Enrolled"),
        ["FeeQuoted"] = ("Cuota calculada", "Fee quoted"),
        ["PaymentReceived"] = ("Pago recibido", "Payment received"),
        ["PaymentConfirmed"] = ("Pago confirmado por el estado de cuenta", "Payment confirmed by the statement"),
        ["CoverageGranted"] = ("Cobertura otorgada", "Coverage granted"),
        ["CoverageRevoked"] = ("Cobertura retirada", "Coverage revoked"),
        ["PaymentFlagged"] = ("Pago señalado", "Payment flagged"),
        ["CreditHeld"] = ("Crédito retenido", "Credit held"),
        ["CreditApplied"] = ("Crédito aplicado", "Credit applied"),
        ["CreditRefunded"] = ("Crédito reembolsado", "Credit refunded"),
        ["CreditKept"] = ("Crédito mantenido", "Credit kept"),
        ["CreditTransferred"] = ("Crédito transferido a otro trabajador", "Credit transferred to another worker"),
        ["DepositReversed"] = ("Depósito devuelto por el banco", "Deposit taken back by the bank"),
        ["WorkerWithdrawn"] = ("Baja del régimen", "Withdrew from the scheme"),
        ["IncomeDeclared"] = ("Ingreso declarado", "Income declared"),
        ["ContactDetailsChanged"] = ("Datos de contacto cambiados", "Contact details changed"),
        ["NoticeScheduled"] = ("Aviso programado", "Notice scheduled"),
        ["NoticeSent"] = ("Aviso enviado", "Notice sent"),
        ["NoticeFailed"] = ("Aviso no enviado", "Notice not sent"),
    };

    private static readonly string[] Facts = ["Amount", "Month", "Months", "DepositId", "Kind", "Reason", "Operator"];

    public static string Describe(object e, string language)
    {
        var type = e.GetType();
        var name = Words.TryGetValue(type.Name, out var words)
            ? (language == "en" ? words.En : words.Es)
            : Spaced().Replace(type.Name, " $1").Trim();
        var facts = Facts
            .Select(f => (f, type.GetProperty(f)?.GetValue(e)))
            .Where(p => p.Item2 is not null and not "")
            .Select(p => Fact(p.Item2!));
        return string.Join(" · ", facts.Prepend(name));
    }

    private static string Fact(object value) =>
        value switch
        {
            decimal amount => amount.ToString("N2", CultureInfo.InvariantCulture),
            IEnumerable<CoverageMonth> months => string.Join(", ", months),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Spaced();
}
