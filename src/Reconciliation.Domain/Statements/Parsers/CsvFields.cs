using System.Text;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// The fields of one CSV line by RFC 4180: separated by commas; a field in double quotes may hold commas, and a doubled
/// quote inside it is one quote. Read a line at a time, so that each record keeps its raw text and its line number for
/// the audit (a reader library would give neither); the Scotiabank export puts no line break inside a field, and a
/// quoted field left open at the end of its line is refused as a problem of that line.
/// </summary>
internal static class CsvFields
{
    public static List<string> Split(string line, string location)
    {
        var fields = new List<string>();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                        throw new StatementFormatException(
                            $"{location}, field {fields.Count + 1}",
                            new Phrase("csv-quote-open")
                        );
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.Append(line[i++]);
                }
                fields.Add(value.ToString());
                if (i < line.Length && line[i] != ',')
                    throw new StatementFormatException(
                        $"{location}, field {fields.Count}",
                        new Phrase("csv-after-quote", line[i..Math.Min(line.Length, i + 20)])
                    );
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end;
            }
            if (i >= line.Length)
                return fields;
            i++; // the comma
            if (i == line.Length)
            {
                fields.Add("");
                return fields;
            }
        }
    }
}
