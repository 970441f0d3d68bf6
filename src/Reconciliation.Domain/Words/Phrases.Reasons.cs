namespace Reconciliation.Domain.Words;

/// <summary>Why an item waits in the exception queue.</summary>
public static partial class Phrases
{
    private static Dictionary<string, (string, string)> Reasons =>
        new()
        {
            ["as-is"] = ("{0}", "{0}"),
            ["none"] = ("none", "ninguna"),
            // A deposit in suspense: what the reference says.
            ["no-valid-nss"] = (
                "no NSS with a valid check digit in the reference",
                "la referencia no trae ningún NSS con dígito verificador válido"
            ),
            ["nss-not-enrolled"] = (
                "no enrolled worker has the NSS in the reference ({0})",
                "ningún trabajador inscrito tiene el NSS de la referencia ({0})"
            ),
            ["several-nss"] = (
                "several enrolled NSS in the reference: {0}",
                "la referencia trae varios NSS inscritos: {0}"
            ),
            // Who a deposit in suspense may belong to.
            ["near-nss"] = (
                "the reference has {0}, one digit away from this enrolled NSS",
                "la referencia trae {0}, a un dígito de este NSS inscrito"
            ),
            ["has-curp"] = ("the reference has the worker's CURP {0}", "la referencia trae la CURP del trabajador {0}"),
            ["has-rfc"] = ("the reference has the worker's RFC {0}", "la referencia trae el RFC del trabajador {0}"),
            ["exact-fee"] = (
                "the amount {0} is exactly this worker's fee ({1} a month) and no other's",
                "el monto {0} es exactamente la cuota de este trabajador ({1} al mes) y de ningún otro"
            ),
            // Held credit: the amount against the fee.
            ["months-1"] = ("1 month", "1 mes"),
            ["months-n"] = ("{0} months", "{0} meses"),
            ["underpaid"] = ("underpaid by {0} against {1} ({2})", "pagó {0} de menos frente a {1} ({2})"),
            ["overpaid"] = ("overpaid by {0} against {1} ({2})", "pagó {0} de más frente a {1} ({2})"),
            // A credit only a notification announced.
            ["unconfirmed"] = (
                "announced by a notification with value date {0}, and no statement has confirmed it after {1} days: "
                    + "ask the bank whether it was booked (it grants nothing until a statement confirms it)",
                "lo anunció una notificación con fecha valor {0} y ningún estado de cuenta lo confirmó en {1} días: "
                    + "pregunte al banco si se abonó (no otorga nada hasta que un estado de cuenta lo confirme)"
            ),
            // The same credit, perhaps, through two doors.
            ["possible-duplicate"] = (
                "another file may have recorded this credit already: {0}. Same credit (nothing is paid) or different "
                    + "(paid as a deposit of its own)?",
                "otro archivo pudo haber registrado ya este abono: {0}. ¿Es el mismo (no se paga nada) o uno distinto "
                    + "(se paga como depósito propio)?"
            ),
            ["candidate"] = ("{0} ({1} of {2}, {3}{4})", "{0} ({1} del {2}, {3}{4})"),
            ["of-worker"] = (", worker {0}", ", trabajador {0}"),
            // A debit that takes a credit back.
            ["debit"] = ("debit of {0} (references {1}{2})", "cargo de {0} (referencias {1}{2})"),
            ["participant"] = (", participant {0}", ", participante {0}"),
            ["return-unknown"] = (
                "return {0} matches no recorded deposit",
                "la devolución ({0}) no corresponde a ningún depósito registrado"
            ),
            ["return-again"] = (
                "{0} names deposit {1}, which the bank already took back",
                "el {0} nombra el depósito {1}, que el banco ya retiró"
            ),
            ["return-several"] = (
                "{0} names {1} deposits ({2}): decide which it returns",
                "el {0} nombra {1} depósitos ({2}): decida cuál devuelve"
            ),
            ["taken-back-more"] = (
                "the bank took back deposit {0} ({1}), of which only {2} was still held or applied for its workers "
                    + "({3}): check what was refunded",
                "el banco retiró el depósito {0} ({1}), del que solo {2} seguía retenido o aplicado a sus "
                    + "trabajadores ({3}): revise lo que se reembolsó"
            ),
            ["return-partial"] = (
                "{0} names deposit {1} of {2}: the amounts differ (a partial return?), nothing was taken back",
                "el {0} nombra el depósito {1} de {2}: los montos difieren (¿una devolución parcial?), no se retiró "
                    + "nada"
            ),
        };
}
