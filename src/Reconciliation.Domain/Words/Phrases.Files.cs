namespace Reconciliation.Domain.Words;

/// <summary>What the reading of a bank's file found wrong in it: its format, its limits, a line or an entry.</summary>
public static partial class Phrases
{
    private const string NotAStatement = "not a bank statement";
    private const string NoEstadoDeCuenta = "no es un estado de cuenta";

    private static Dictionary<string, (string, string)> Files =>
        new()
        {
            ["unknown-format"] = (
                "unknown format: not camt.053/.054 XML (by namespace), MT940 or the Scotiabank CSV export",
                "formato desconocido: no es XML camt.053/.054 (por su espacio de nombres), MT940 ni la exportación CSV "
                    + "de Scotiabank"
            ),
            ["too-much-memory"] = (
                "the file needs more memory to read than any bank statement does: refused",
                "leer el archivo necesita más memoria que cualquier estado de cuenta: rechazado"
            ),
            // What .NET's XML reader found is said as it says it: in English.
            ["xml-not-well-formed"] = (
                "XML is not well formed: {0}",
                "el XML no está bien formado; el lector de XML dice (en inglés): «{0}»"
            ),
            ["not-utf8"] = ("the file is not valid UTF-8 text", "el archivo no es texto UTF-8 válido"),
            ["not-utf8-at"] = (
                "the file is not valid UTF-8 text (byte {0} of the line)",
                "el archivo no es texto UTF-8 válido (byte {0} de la línea)"
            ),
            ["binary-data"] = (
                "the file holds binary data: a NUL byte at byte {0} of the line",
                "el archivo contiene datos binarios: un byte NUL en el byte {0} de la línea"
            ),
            ["unreadable"] = ("{0}: {1}", "el archivo no se puede leer ({0}: {1})"),
            ["entry-unreadable"] = ("the entry cannot be read: {0}: {1}", "el movimiento no se puede leer ({0}: {1})"),
            ["file-empty"] = ("the file is empty", "el archivo está vacío"),
            ["not-a-date"] = ("'{0}' is not a date", "«{0}» no es una fecha"),
            ["amount-missing"] = ("amount is missing", "falta el importe"),
            ["amount-not-number"] = ("amount '{0}' is not a number", "el importe «{0}» no es un número"),
            ["line-too-long"] = (
                "line longer than {0} bytes (Statements:Limits:MaxLineBytes)",
                "línea de más de {0} bytes (Statements:Limits:MaxLineBytes)"
            ),
            ["markup-run"] = (
                "more than {0} bytes without markup (a tag, a name, a text or a comment that long): "
                    + $"{NotAStatement} (Statements:Limits:MaxMarkupRunBytes)",
                "más de {0} bytes sin marcado (una etiqueta, un nombre, un texto o un comentario así de largo): "
                    + $"{NoEstadoDeCuenta} (Statements:Limits:MaxMarkupRunBytes)"
            ),
            ["xml-too-many-nodes"] = (
                $"{{0}} holds more than {{1}} nodes: {NotAStatement} (Statements:Limits:MaxElementsPerEntry)",
                $"{{0}} contiene más de {{1}} nodos: {NoEstadoDeCuenta} (Statements:Limits:MaxElementsPerEntry)"
            ),
            ["xml-tree-entry"] = ("{0}/Ntry[{1}] (line {2})", "{0}/Ntry[{1}] (línea {2})"),
            ["xml-tree-header"] = (
                "{0} (line {1}), besides its entries,",
                "{0} (línea {1}), además de sus movimientos,"
            ),
            ["xml-too-deep"] = (
                $"elements nested deeper than {{0}} levels ({{1}}): {NotAStatement} (Statements:Limits:MaxDepth)",
                $"elementos anidados a más de {{0}} niveles ({{1}}): {NoEstadoDeCuenta} (Statements:Limits:MaxDepth)"
            ),
            ["xml-text-too-long"] = (
                $"a text longer than {{0}} characters: {NotAStatement} (Statements:Limits:MaxTextLength)",
                $"un texto de más de {{0}} caracteres: {NoEstadoDeCuenta} (Statements:Limits:MaxTextLength)"
            ),
            ["xml-name-too-long"] = (
                "an element name longer than {0} characters (Statements:Limits:MaxNameLength)",
                "un nombre de elemento de más de {0} caracteres (Statements:Limits:MaxNameLength)"
            ),
            ["xml-too-many-attributes"] = (
                "element {0} has {1} attributes, over {2} (Statements:Limits:MaxAttributes)",
                "el elemento {0} tiene {1} atributos, más de {2} (Statements:Limits:MaxAttributes)"
            ),
            ["xml-attribute-name-too-long"] = (
                "an attribute name longer than {0} characters (Statements:Limits:MaxNameLength)",
                "un nombre de atributo de más de {0} caracteres (Statements:Limits:MaxNameLength)"
            ),
            ["xml-attribute-too-long"] = (
                "an attribute value longer than {0} characters (Statements:Limits:MaxTextLength)",
                "un valor de atributo de más de {0} caracteres (Statements:Limits:MaxTextLength)"
            ),
            ["camt-no-document"] = (
                "no Document in namespace {0}NN (the root element is {1}, and no element inside it is one)",
                "no hay ningún Document en el espacio de nombres {0}NN (el elemento raíz es {1}, y ningún elemento "
                    + "dentro de él lo es)"
            ),
            ["camt-no-statement"] = (
                "no <{0}> element: nothing to import",
                "no hay ningún elemento <{0}>: nada que importar"
            ),
            ["camt-empty-statement"] = ("empty statement element", "elemento de estado de cuenta vacío"),
            ["camt-statement-elements"] = (
                $"more than {{0}} elements besides its entries: {NotAStatement} "
                    + "(Statements:Limits:MaxStatementElements)",
                $"más de {{0}} elementos además de sus movimientos: {NoEstadoDeCuenta} "
                    + "(Statements:Limits:MaxStatementElements)"
            ),
            ["camt-direction"] = ("'{0}' is neither CRDT nor DBIT", "«{0}» no es CRDT ni DBIT"),
            ["batch-part-no-amount"] = (
                "a transaction of a batch entry has no amount: the batch cannot be split",
                "una transacción de un movimiento por lote no tiene importe: el lote no se puede dividir"
            ),
            ["batch-currencies"] = (
                "batch entry of {0} {1} has transactions in {2}: the parts cannot be checked against the entry",
                "el movimiento por lote de {0} {1} tiene transacciones en {2}: las partes no se pueden cotejar con el "
                    + "movimiento"
            ),
            ["batch-sum"] = (
                "batch entry of {0} {1}: its {2} transactions add up to {3}, difference {4}",
                "movimiento por lote de {0} {1}: sus {2} transacciones suman {3}, diferencia {4}"
            ),
            ["mt940-field-lines"] = (
                "field :{0}: of line {1} runs over {2} lines (Statements:Limits:MaxFieldLines)",
                "el campo :{0}: de la línea {1} pasa de {2} líneas (Statements:Limits:MaxFieldLines)"
            ),
            ["mt940-field-characters"] = (
                "field :{0}: of line {1} runs over {2} characters (Statements:Limits:MaxFieldCharacters)",
                "el campo :{0}: de la línea {1} pasa de {2} caracteres (Statements:Limits:MaxFieldCharacters)"
            ),
            ["mt940-text-outside"] = ("text outside any field: '{0}'", "texto fuera de todo campo: «{0}»"),
            ["mt940-none"] = ("no MT940 statement in the file", "no hay ningún estado de cuenta MT940 en el archivo"),
            ["mt940-amount"] = (
                "amount '{0}' is not an MT940 amount (digits with one decimal comma)",
                "el importe «{0}» no es un importe MT940 (dígitos con una coma decimal)"
            ),
            ["mt940-balance"] = (
                "balance '{0}' is not D/C + YYMMDD + currency + amount",
                "el saldo «{0}» no es D/C + AAMMDD + moneda + importe"
            ),
            ["mt940-balance-date"] = ("balance date '{0}' is not a date", "la fecha del saldo «{0}» no es una fecha"),
            ["mt940-unknown-field"] = ("unknown field :{0}: ignored", "campo desconocido :{0}:, ignorado"),
            ["mt940-61"] = (
                "':61:{0}' is not date + D/C mark + amount + type + reference",
                "«:61:{0}» no es fecha + marca D/C + importe + tipo + referencia"
            ),
            ["mt940-value-date"] = ("value date '{0}' is not a date", "la fecha valor «{0}» no es una fecha"),
            ["mt940-entry-date"] = (
                "entry date '{0}' is not a month and day",
                "la fecha contable «{0}» no es un mes y un día"
            ),
            ["csv-field-count"] = (
                "{0} fields, expected {1} (date, reference, amount, Cargo/Abono, description, detail 1, detail 2, "
                    + "SPEI detail)",
                "{0} campos; se esperaban {1} (fecha, referencia, importe, Cargo/Abono, descripción, detalle 1, "
                    + "detalle 2, detalle SPEI)"
            ),
            ["csv-not-date"] = ("'{0}' is not a date YYYY/MM/DD", "«{0}» no es una fecha AAAA/MM/DD"),
            ["csv-reference"] = ("reference '{0}' is not numeric", "la referencia «{0}» no es numérica"),
            ["csv-amount"] = (
                "amount '{0}' is not a number with a decimal point",
                "el importe «{0}» no es un número con punto decimal"
            ),
            ["csv-direction"] = ("'{0}' is neither Cargo nor Abono", "«{0}» no es Cargo ni Abono"),
            ["csv-month"] = (
                "'{0}' is not a Spanish month abbreviation (ENE … DIC)",
                "«{0}» no es la abreviatura de un mes (ENE … DIC)"
            ),
            ["csv-credit-date"] = (
                "'Fecha de Abono: {0} {1}' is not a date",
                "«Fecha de Abono: {0} {1}» no es una fecha"
            ),
            ["csv-quote-open"] = (
                "a quoted field is not closed by the end of the line",
                "un campo entre comillas no se cierra antes del fin de la línea"
            ),
            ["csv-after-quote"] = (
                "text after the closing quote: '{0}'",
                "texto después de la comilla de cierre: «{0}»"
            ),
        };
}
