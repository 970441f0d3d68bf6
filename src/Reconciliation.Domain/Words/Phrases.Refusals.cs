namespace Reconciliation.Domain.Words;

/// <summary>Why a decision is not taken: a conflict with what happened, or a field of the request.</summary>
public static partial class Phrases
{
    private static Dictionary<string, (string, string)> Refusals =>
        new()
        {
            ["reason-required"] = ("a decision needs a reason", "una decisión necesita un motivo"),
            ["not-a-month"] = ("'{0}' is not a month YYYY-MM", "«{0}» no es un mes AAAA-MM"),
            ["nss-invalid"] = ("NSS {0}", "el NSS {0}"),
            ["nss-required"] = ("is required", "es obligatorio"),
            ["nss-length"] = ("must be {0} digits, got {1} characters", "debe tener {0} dígitos; tiene {1} caracteres"),
            ["nss-digits"] = (
                "must contain digits only (no spaces, dashes or letters)",
                "lleva solo dígitos (sin espacios, guiones ni letras)"
            ),
            ["nss-check"] = ("check digit is {0}, expected {1}", "tiene el dígito verificador {0}; se esperaba {1}"),
            ["not-enrolled"] = ("no worker is enrolled with NSS {0}", "ningún trabajador está inscrito con el NSS {0}"),
            ["no-item"] = ("No exception item {0}.", "No existe el elemento {0} en la cola."),
            ["awaits-approval"] = (
                "A {0} of {1} requested by {2} on {3} awaits approval: a key of role approver, not the requester's, "
                    + "approves or rejects it first (/approve, /reject).",
                "{2} pidió el {3}: {0} de {1}. Espera aprobación: una llave con rol de aprobador, no la de quien lo "
                    + "pidió, la aprueba o la rechaza primero."
            ),
            ["nothing-awaits"] = ("Nothing on item {0} awaits approval.", "Nada en el elemento {0} espera aprobación."),
            ["own-request"] = (
                "{0} asked for this {1}; a key cannot approve or reject its own request.",
                "{0} pidió esta decisión ({1}): una llave no aprueba ni rechaza lo que ella misma pidió."
            ),
            ["request-changed"] = (
                "The request on item {0} changed or was decided meanwhile: read it again.",
                "La solicitud del elemento {0} cambió o fue decidida mientras tanto: vuelva a leerla."
            ),
            ["request-amount-changed"] = (
                "The {0} was requested for {1}; it would move {2} now (the lot changed since): reject it, and request "
                    + "it again.",
                "La solicitud ({0}) era de {1}; ahora movería {2} (el crédito cambió desde entonces): rechácela y "
                    + "pídala de nuevo."
            ),
            ["already-decided"] = (
                "The item was already decided: {0} by {1} on {2} ({3}).",
                "Este elemento ya fue decidido: {0}, por {1}, el {2} ({3})."
            ),
            ["decided-meanwhile"] = ("{0} decided this item at {1}: {2}.", "{0} decidió este elemento a las {1}: {2}."),
            ["decision-meanwhile"] = (
                "Another decision on this item was committed meanwhile: read it again.",
                "Otra decisión sobre este elemento se registró mientras tanto: vuelva a leerlo."
            ),
            ["wrong-kind"] = ("{0}; this item is {1}.", "{0}; este elemento es de tipo «{1}»."),
            ["only-held"] = ("Only held credit can be {0}", "Solo el crédito retenido admite {0}"),
            ["only-suspense"] = ("Only deposits in suspense are assigned", "Solo se asignan depósitos en suspenso"),
            ["only-refundable"] = (
                "Only a deposit in suspense or held credit is refunded",
                "Solo se reembolsa un depósito en suspenso o un crédito retenido"
            ),
            ["only-duplicate"] = (
                "Only a possible duplicate is decided same or different",
                "Solo un posible duplicado se decide como el mismo depósito o uno distinto"
            ),
            ["only-reversal"] = (
                "Only a reversal item names a deposit to take back",
                "Solo un elemento de devolución nombra el depósito que el banco retira"
            ),
            ["only-closable"] = (
                "Only reversal and unconfirmed items are closed; this item is {0}: decide it.",
                "Solo se cierran elementos de devolución y sin confirmar; este es de tipo «{0}»: decídalo."
            ),
            ["not-in-suspense"] = (
                "The deposit is {0}, not in suspense.",
                "El depósito tiene el estado «{0}»; no está en suspenso."
            ),
            ["deposit-not-in-suspense"] = (
                "Deposit {0} is {1}, not in suspense.",
                "El depósito {0} tiene el estado «{1}»; no está en suspenso."
            ),
            ["deposit-is"] = ("Deposit {0} is {1}.", "El depósito {0} tiene el estado «{1}»."),
            ["deposit-not-recorded"] = ("Deposit {0} is not recorded.", "El depósito {0} no está registrado."),
            ["no-deposit"] = ("no deposit {0} is recorded", "no hay un depósito {0} registrado"),
            ["name-candidate"] = ("name one of the candidates: {0}", "indique uno de los candidatos: {0}"),
            ["name-returned-deposit"] = (
                "name the deposit the reversal takes back",
                "indique el depósito que la devolución retira"
            ),
            ["already-returned"] = (
                "Deposit {0} was already taken back on {1}.",
                "El banco ya retiró el depósito {0} el {1}."
            ),
            ["partial-return"] = (
                "Deposit {0} is of {1} and the reversal of {2}: a part cannot be taken back; close the item once "
                    + "handled.",
                "El depósito {0} es de {1} y la devolución de {2}: no se retira una parte; cierre el elemento cuando "
                    + "lo haya atendido."
            ),
            ["split-amount-required"] = (
                "a split needs the amount that goes to the month or the worker",
                "una división necesita el monto que va al mes o al trabajador"
            ),
            ["split-rest"] = (
                "rest must be keep or refund, not '{0}'",
                "el resto se mantiene o se reembolsa, no «{0}»"
            ),
            ["split-amount-invalid"] = (
                "the amount to split off must be positive, in pesos and centavos; got {0}",
                "el monto a dividir debe ser positivo, en pesos y centavos; se recibió {0}"
            ),
            ["split-over-lot"] = (
                "the lot of deposit {0} holds {1}: {2} cannot be split off it",
                "el crédito del depósito {0} es de {1}: no se le pueden quitar {2}"
            ),
            ["split-to-self"] = (
                "the lot is already this worker's: name a month to split it to, or another worker",
                "el crédito ya es de este trabajador: indique un mes al que dividirlo, u otro trabajador"
            ),
            ["split-month-elsewhere"] = (
                "a part split to another worker is a payment of that worker: it is decided on their stream",
                "la parte que va a otro trabajador es un pago suyo: se decide en su registro"
            ),
            ["already-kept"] = (
                "The lot of deposit {0} ({1}) is already kept held.",
                "El crédito del depósito {0} ({1}) ya se mantiene retenido."
            ),
            ["lot-closed"] = (
                "The lot of deposit {0} is no longer held: {1} on {2}.",
                "El crédito del depósito {0} ya no está retenido: {1}, el {2}."
            ),
            ["no-lot"] = (
                "No credit of deposit {0} is held for worker {1}.",
                "No hay crédito del depósito {0} retenido para el trabajador {1}."
            ),
            ["withdrawn-refund"] = (
                "The worker withdrew on {0}: no month is granted after it; refund the lot instead.",
                "El trabajador se dio de baja el {0}: no se otorgan meses después; reembolse el crédito."
            ),
            ["month-paid"] = ("{0} is already paid", "{0} ya está pagado"),
            ["before-enrollment"] = (
                "{0} is before the worker's enrollment ({1})",
                "{0} es anterior a la inscripción del trabajador ({1})"
            ),
            ["months-in-order"] = (
                "{0} is after the next unpaid month ({1}): months are paid in order",
                "{0} es posterior al siguiente mes sin pagar ({1}): los meses se pagan en orden"
            ),
            ["not-whole-fees"] = (
                "{0} is not a whole number of monthly fees ({1}): name the month it pays part of",
                "{0} no es un número entero de cuotas mensuales ({1}): indique el mes del que paga una parte"
            ),
            ["already-withdrew"] = (
                "Worker {0} already withdrew on {1}.",
                "El trabajador {0} ya se dio de baja el {1}."
            ),
            ["withdrawal-future"] = (
                "{0} is after today ({1}, Mexico City): record a withdrawal when it happens",
                "{0} es posterior a hoy ({1}, Ciudad de México): registre la baja cuando ocurra"
            ),
            ["withdrawn-no-change"] = (
                "The worker withdrew on {0}: their record no longer changes.",
                "El trabajador se dio de baja el {0}: su registro ya no cambia."
            ),
        };
}
