namespace Reconciliation.Domain.Words;

/// <summary>What each event of a worker's stream did, as a sentence of their history.</summary>
public static partial class Phrases
{
    private static Dictionary<string, (string, string)> History =>
        new()
        {
            ["event.WorkerEnrolled"] = (
                "Enrolled on {0}, declaring an income of {1} a month",
                "Inscripción el {0}, con un ingreso declarado de {1} al mes"
            ),
            ["event.FeeQuoted"] = ("Monthly fee quoted at {0} on {1}", "Cuota mensual calculada en {0} el {1}"),
            ["event.PaymentReceived"] = (
                "Payment of {0} received with deposit {1} (value date {2}){3}{4}",
                "Pago de {0} recibido con el depósito {1} (fecha valor {2}){3}{4}"
            ),
            ["provisional"] = (
                ", announced by the bank and not yet in a statement",
                ", anunciado por el banco y aún sin estado de cuenta"
            ),
            ["by-operator"] = ("; decided by {0}: {1}", "; decidido por {0}: {1}"),
            ["event.PaymentConfirmed"] = (
                "Deposit {0} of {1} confirmed by a statement on {2}",
                "El depósito {0} de {1} fue confirmado por un estado de cuenta el {2}"
            ),
            ["event.CoverageGranted"] = (
                "Coverage granted for {0}: {1} at {2} a month",
                "Cobertura otorgada para {0}: {1} a {2} al mes"
            ),
            ["event.CoverageRevoked"] = ("Coverage of {0} revoked: {1}", "Cobertura de {0} retirada: {1}"),
            ["event.PaymentFlagged"] = (
                "Payment of deposit {0} flagged ({1}): {2}",
                "Pago del depósito {0} señalado ({1}): {2}"
            ),
            ["event.CreditHeld"] = (
                "{0} of deposit {1} held: {2} was expected",
                "{0} del depósito {1} retenidos: se esperaban {2}"
            ),
            ["event.CreditApplied"] = (
                "{0} of held credit applied (payment {1}){2}",
                "{0} de crédito retenido aplicados (pago {1}){2}"
            ),
            ["event.CreditRefunded"] = (
                "{0} of deposit {1} to be refunded; decided by {2}: {3}",
                "{0} del depósito {1} a reembolsar; decidido por {2}: {3}"
            ),
            ["event.CreditKept"] = (
                "{0} of deposit {1} kept held; decided by {2}: {3}",
                "{0} del depósito {1} mantenidos retenidos; decidido por {2}: {3}"
            ),
            ["event.CreditTransferred"] = (
                "{0} of deposit {1} transferred to worker {2}; decided by {3}: {4}",
                "{0} del depósito {1} transferidos al trabajador {2}; decidido por {3}: {4}"
            ),
            ["event.DepositReversed"] = (
                "{0} of deposit {1} taken back by the bank on {2}",
                "El banco retiró {0} del depósito {1} el {2}"
            ),
            ["event.WorkerWithdrawn"] = (
                "Withdrew from the scheme on {0}; recorded by {1}: {2}",
                "Baja del régimen el {0}; registrada por {1}: {2}"
            ),
            ["event.IncomeDeclared"] = (
                "Income of {0} a month declared from {1} (fee {2}); recorded by {3}: {4}",
                "Ingreso de {0} al mes declarado desde {1} (cuota {2}); registrado por {3}: {4}"
            ),
            ["event.ContactDetailsChanged"] = (
                "Contact details changed; recorded by {0}: {1}",
                "Datos de contacto cambiados; registrado por {0}: {1}"
            ),
            ["event.NoticeScheduled"] = (
                "Notice ({0}) scheduled for {1}: {2} due by {3}",
                "Aviso ({0}) programado para {1}: {2} a pagar a más tardar el {3}"
            ),
            ["event.NoticeSent"] = ("Notice {0} sent", "Aviso {0} enviado"),
            ["event.NoticeFailed"] = (
                "Notice {0} not sent (attempt {1}): {2}",
                "Aviso {0} no enviado (intento {1}): {2}"
            ),
        };
}
