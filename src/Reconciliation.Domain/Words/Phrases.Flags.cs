namespace Reconciliation.Domain.Words;

/// <summary>What a flag on a payment says, why a lot is held, and what became of a lot.</summary>
public static partial class Phrases
{
    private static Dictionary<string, (string, string)> Flags =>
        new()
        {
            ["flag-late-gap"] = (
                "paid on {0}, after the deadline of {1} ({2}): {3} month(s) lost ({1}–{4}), coverage resumes in {5}",
                "pagado el {0}, después del plazo de {1} ({2}): {3} mes(es) perdido(s) ({1}–{4}); la cobertura se "
                    + "reanuda en {5}"
            ),
            ["flag-late"] = (
                "paid on {0}, after the recommended day ({1}) but by the deadline ({2}) of {3}: coverage kept",
                "pagado el {0}, después del día recomendado ({1}) pero dentro del plazo ({2}) de {3}: la cobertura se "
                    + "mantiene"
            ),
            ["flag-held"] = (
                "received {0}{1}: {2}; held until completed or decided",
                "recibido {0}{1}: {2}; retenido hasta que se complete o se decida"
            ),
            ["held-lots"] = (" (held credit {0} in {1} lots)", " (crédito retenido {0} en {1} partes)"),
            ["flag-not-clean"] = (
                "the NSS had to be cleaned out of the reference '{0}': the reference should be the 11 digits alone",
                "hubo que limpiar el NSS de la referencia «{0}»: la referencia debe ser solo los 11 dígitos"
            ),
            ["after-withdrawal"] = (
                "received {0} (value date {1}) after the worker withdrew on {2}: no month is granted; held, to be "
                    + "refunded",
                "recibido {0} (fecha valor {1}) después de que el trabajador se dio de baja el {2}: no se otorga "
                    + "ningún mes; retenido, para reembolso"
            ),
            ["held-again"] = (
                "{0} held again: it paid {1} with deposit {2}, {3} on {4}",
                "{0} retenido de nuevo: pagó {1} con el depósito {2}, {3} el {4}"
            ),
            ["deposit-reversed"] = ("deposit {0} was reversed", "el depósito {0} fue devuelto"),
            ["lot-applied"] = ("applied ({0}, payment {1})", "aplicado ({0}, pago {1})"),
            ["lot-refunded"] = ("refunded by {0} ({1})", "reembolsado por {0} ({1})"),
            ["lot-transferred"] = (
                "transferred to worker {0} by {1} ({2})",
                "transferido al trabajador {0} por {1} ({2})"
            ),
            ["reversed-by-bank"] = ("reversed by the bank", "devuelto por el banco"),
            ["counted-twice"] = (
                "counted twice (the same credit as deposit {0}), taken back by {1}",
                "contado dos veces (el mismo abono que el depósito {0}), retirado por {1}"
            ),
            ["flag-reversed"] = ("deposit {0}: {1} {2} on {3}: {4}", "depósito {0}: {1} {2} el {3}: {4}"),
            ["months-revoked"] = ("months {0} revoked", "se retiraron los meses {0}"),
            ["held-removed"] = ("its held credit removed", "se quitó su crédito retenido"),
            ["nothing-here"] = (
                "none of it was held or applied for this worker",
                "nada de ese depósito estaba retenido ni aplicado para este trabajador"
            ),
        };
}
