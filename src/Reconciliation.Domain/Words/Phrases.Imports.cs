namespace Reconciliation.Domain.Words;

/// <summary>What the import found in a file it read: a credit it cannot apply, a key seen twice, balances that do not
/// add up, a statement that does not follow the last one.</summary>
public static partial class Phrases
{
    private static Dictionary<string, (string, string)> Imports =>
        new()
        {
            ["repeated-differently"] = (
                "tracking key {0} of participant {1} on {2} appears more than once in the file with different "
                    + "content: recorded as a separate credit",
                "la clave de rastreo {0} del participante {1} del {2} aparece más de una vez en el archivo con "
                    + "contenido distinto: se registró como un abono aparte"
            ),
            ["credit-undated"] = (
                "credit of {0} has neither a value date nor a booking date: it cannot be applied; kept with the file",
                "el abono de {0} no tiene fecha valor ni fecha contable: no se puede aplicar; se guarda con el archivo"
            ),
            ["credit-before-fees"] = (
                "credit of {0} is dated {1}, before the first fee parameters ({2}): its fee cannot be computed; kept "
                    + "with the file",
                "el abono de {0} tiene fecha {1}, anterior a los primeros parámetros de la cuota ({2}): su cuota no se "
                    + "puede calcular; se guarda con el archivo"
            ),
            ["balance-mismatch"] = (
                "balance check failed: opening {0} + movements {1} = {2}, closing says {3} (difference {4})",
                "los saldos no cuadran: inicial {0} + movimientos {1} = {2}, y el final dice {3} (diferencia {4})"
            ),
            ["continuity-break"] = ("continuity break: {0}", "continuidad rota: {0}"),
            ["continuity-first"] = (
                "first statement of the account seen by the system",
                "primer estado de cuenta de la cuenta que ve el sistema"
            ),
            ["continuity-opening"] = (
                "opening balance {0} differs from the previous closing balance {1} (difference {2})",
                "el saldo inicial {0} difiere del saldo final anterior {1} (diferencia {2})"
            ),
            ["continuity-sequence"] = (
                "sequence {0} does not follow {1}",
                "el número de secuencia {0} no sigue al {1}"
            ),
            ["booked-differs"] = (
                "the statement books {0} for the credit a notification announced as {1}: the booked amount counts",
                "el estado de cuenta registra {0} para el abono que un aviso anunció como {1}: cuenta el importe "
                    + "registrado"
            ),
        };
}
