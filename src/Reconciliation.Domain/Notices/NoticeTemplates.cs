using System.Globalization;
using System.Net;
using System.Text;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Notices;

/// <summary>
/// The notices' texts, Spanish (default) and English, each with the payment instructions of
/// docs/DOMAIN.md, *Who pays, to whom*, and the worker's exact fee and NSS. Dates and amounts are written by hand so
/// the text does not depend on the host's culture data.
/// </summary>
public static class NoticeTemplates
{
    public const string Beneficiary = "IMSS";
    public const string Bank = "Scotiabank";
    public const string Clabe = "044180001068672782";

    private static readonly string[] MesesEs =
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    private static readonly string[] MonthsEn =
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    public static NoticeMessage Render(NoticeScheduled n) => n.Language == Language.English ? English(n) : Spanish(n);

    private static NoticeMessage Spanish(NoticeScheduled n)
    {
        var month = $"{MesesEs[n.Month.Month - 1]} de {n.Month.Year}";
        var deadline = $"{n.Deadline.Day} de {MesesEs[n.Deadline.Month - 1]} de {n.Deadline.Year}";
        var (subject, paragraphs) = n.Kind switch
        {
            NoticeKind.Reminder => (
                $"Recordatorio: paga tu cobertura de {month}",
                new[]
                {
                    $"Tu cobertura de {month} aún no está pagada. Te recomendamos pagar a más tardar el día 15 del "
                        + $"mes anterior; la fecha límite es el {deadline}.",
                }
            ),
            NoticeKind.Late => (
                $"Aviso: tu pago de {month} está atrasado",
                new[]
                {
                    $"No hemos recibido el pago de tu cobertura de {month}. Paga a más tardar el {deadline} para "
                        + "conservarla sin interrupción.",
                }
            ),
            NoticeKind.Lapse => (
                $"Tu cobertura termina este mes: {month} no está pagado",
                new[]
                {
                    $"Pasó la fecha límite para pagar {month}: tu cobertura termina con el mes en curso.",
                    $"Para reanudarla, paga tu cuota mensual a más tardar el {deadline}; la cobertura empezará el "
                        + "mes siguiente al pago.",
                }
            ),
            _ => ($"Recibimos un monto distinto al esperado", AmountEs(n, month, deadline)),
        };
        var instructions = new[]
        {
            "Cómo pagar (transferencia SPEI):",
            $"Beneficiario: {Beneficiary}",
            $"Banco: {Bank}",
            $"CLABE: {Clabe}",
            $"Referencia: {n.Nss} (tu NSS, 11 dígitos, sin espacios ni guiones)",
            n.Overpaid
                ? $"Cuota mensual exacta: {Money(n.MonthlyFee)}"
                : $"Monto: {Money(n.AmountDue)} (cuota mensual exacta: {Money(n.MonthlyFee)})",
            "Después de pagar, envía tu comprobante por correo.",
        };
        return Build(
            subject,
            $"Hola, {n.Name}:",
            paragraphs,
            instructions,
            $"NSS: {n.Nss}",
            "Este es un aviso automático del IMSS, Personas Trabajadoras Independientes (mexicanos en el extranjero).",
            "es"
        );
    }

    private static NoticeMessage English(NoticeScheduled n)
    {
        var month = $"{MonthsEn[n.Month.Month - 1]} {n.Month.Year}";
        var deadline = $"{MonthsEn[n.Deadline.Month - 1]} {n.Deadline.Day}, {n.Deadline.Year}";
        var (subject, paragraphs) = n.Kind switch
        {
            NoticeKind.Reminder => (
                $"Reminder: pay your coverage for {month}",
                new[]
                {
                    $"Your coverage for {month} is not paid yet. We recommend paying by the 15th of the month "
                        + $"before; the deadline is {deadline}.",
                }
            ),
            NoticeKind.Late => (
                $"Notice: your payment for {month} is late",
                new[]
                {
                    $"We have not received the payment of your coverage for {month}. Pay by {deadline} to keep it "
                        + "without interruption.",
                }
            ),
            NoticeKind.Lapse => (
                $"Your coverage ends this month: {month} is unpaid",
                new[]
                {
                    $"The deadline to pay for {month} has passed: your coverage ends with the current month.",
                    $"To resume it, pay your monthly fee by {deadline}; coverage starts the month after the payment.",
                }
            ),
            _ => ("We received a different amount than expected", AmountEn(n, month, deadline)),
        };
        var instructions = new[]
        {
            "How to pay (SPEI transfer):",
            $"Beneficiary: {Beneficiary}",
            $"Bank: {Bank}",
            $"CLABE: {Clabe}",
            $"Reference: {n.Nss} (your NSS, 11 digits, no spaces or dashes)",
            n.Overpaid
                ? $"Exact monthly fee: {Money(n.MonthlyFee)}"
                : $"Amount: {Money(n.AmountDue)} (exact monthly fee: {Money(n.MonthlyFee)})",
            "After paying, e-mail your receipt.",
        };
        return Build(
            subject,
            $"Hello {n.Name},",
            paragraphs,
            instructions,
            $"NSS: {n.Nss}",
            "This is an automatic notice from IMSS, independent workers (Mexicans abroad).",
            "en"
        );
    }

    // The amount notice: what was received, the accepted amount nearest to all the credit held, the difference, and
    // what to do.
    private static string[] AmountEs(NoticeScheduled n, string month, string deadline)
    {
        var received = $"Recibimos tu depósito de {Money(n.Received ?? 0)}";
        var held =
            n.HeldTotal is { } total && total != n.Received
                ? $"; con él tienes un saldo a tu favor de {Money(total)}"
                : "";
        var expected =
            $"El monto aceptado más cercano es {Money(n.Expected ?? n.MonthlyFee)} ({MesesDe(n.ExpectedMonths ?? 1)} "
            + $"de {Money(n.MonthlyFee)})";
        if (n.Overpaid)
            return
            [
                $"{received}{held}. {expected}: recibimos {Money((n.HeldTotal ?? 0) - (n.Expected ?? 0))} de más.",
                "El monto queda como saldo a tu favor hasta que el IMSS lo aplique o te lo devuelva. Responde a "
                    + "este correo si quieres la devolución.",
            ];
        return
        [
            $"{received}{held}. {expected}: faltan {Money(n.AmountDue)}. El saldo no se aplica hasta completar ese "
                + "monto.",
            $"Para completarlo y pagar {month}, deposita {Money(n.AmountDue)} a más tardar el {deadline}, o responde "
                + "a este correo si el monto fue un error.",
        ];
    }

    private static string[] AmountEn(NoticeScheduled n, string month, string deadline)
    {
        var received = $"We received your deposit of {Money(n.Received ?? 0)}";
        var held =
            n.HeldTotal is { } total && total != n.Received ? $"; with it you have {Money(total)} in credit" : "";
        var months = n.ExpectedMonths ?? 1;
        var expected =
            $"The nearest accepted amount is {Money(n.Expected ?? n.MonthlyFee)} "
            + $"({months} month{(months == 1 ? "" : "s")} of {Money(n.MonthlyFee)})";
        if (n.Overpaid)
            return
            [
                $"{received}{held}. {expected}: we received {Money((n.HeldTotal ?? 0) - (n.Expected ?? 0))} more.",
                "The amount is kept as credit until IMSS applies it or gives it back to you. Reply to this e-mail "
                    + "if you want it refunded.",
            ];
        return
        [
            $"{received}{held}. {expected}: {Money(n.AmountDue)} is missing. The credit is not applied until it "
                + "makes that amount.",
            $"To complete it and pay for {month}, deposit {Money(n.AmountDue)} by {deadline}, or reply to this "
                + "e-mail if the amount was a mistake.",
        ];
    }

    private static string MesesDe(int months) => months == 1 ? "1 mes" : $"{months} meses";

    private static NoticeMessage Build(
        string subject,
        string greeting,
        string[] paragraphs,
        string[] instructions,
        string nssLine,
        string footer,
        string lang
    )
    {
        var text = new StringBuilder();
        text.AppendLine(greeting).AppendLine();
        foreach (var p in paragraphs)
            text.AppendLine(p).AppendLine();
        foreach (var line in instructions)
            text.AppendLine(line);
        text.AppendLine().AppendLine(nssLine).AppendLine(footer);

        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta "
                + $"charset=\"utf-8\"><title>{E(subject)}</title></head><body>"
        );
        html.Append($"<p>{E(greeting)}</p>");
        foreach (var p in paragraphs)
            html.Append($"<p>{E(p)}</p>");
        html.Append($"<h3>{E(instructions[0])}</h3><table>");
        foreach (var line in instructions.Skip(1).Take(instructions.Length - 2))
        {
            var colon = line.IndexOf(':');
            html.Append($"<tr><th align=\"left\">{E(line[..colon])}</th><td>{E(line[(colon + 1)..].Trim())}</td></tr>");
        }
        html.Append(
            $"</table><p>{E(instructions[^1])}</p><p><small>{E(nssLine)}<br>{E(footer)}</small></p></body></html>"
        );
        return new NoticeMessage(subject, text.ToString(), html.ToString());
    }

    /// <summary>Pesos as written in Mexico: $1,905.82 MXN.</summary>
    public static string Money(decimal amount) =>
        "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " MXN";
}
