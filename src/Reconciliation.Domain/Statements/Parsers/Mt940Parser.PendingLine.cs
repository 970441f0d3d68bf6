using System.Globalization;
using System.Text;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

public sealed partial class Mt940Parser
{
    // A :61: line and its :86:, turned into a statement line once the next field begins.

    private sealed class PendingLine(int line, List<string> lines)
    {
        public List<string>? Information { get; set; }

        public StatementLine ToLine(int position, int ordinal, string? account, string? currency)
        {
            var location = $"line {line} (:61:)";
            var m = StatementLinePattern().Match(lines[0].TrimEnd());
            if (!m.Success)
                throw new StatementFormatException(location, new Phrase("mt940-61", Shorten(lines[0])));
            var valueDate = StatementDates.ParseYymmdd(m.Groups["vd"].ValueSpan)
                ?? throw new StatementFormatException(location, new Phrase("mt940-value-date", m.Groups["vd"].Value));
            DateOnly? entryDate = null;
            if (m.Groups["ed"].Value is { Length: 4 } ed && !string.IsNullOrWhiteSpace(ed))
            {
                var month = int.Parse(ed[..2], CultureInfo.InvariantCulture);
                var day = int.Parse(ed[2..], CultureInfo.InvariantCulture);
                entryDate = StatementDates.NearestTo(valueDate, month, day)
                    ?? throw new StatementFormatException(location, new Phrase("mt940-entry-date", ed));
            }
            var amount = ParseAmount(m.Groups["amt"].Value, location);
            var (direction, reversal) = m.Groups["dc"].Value switch
            {
                "C" => (Direction.Credit, false),
                "D" => (Direction.Debit, false),
                "RC" => (Direction.Debit, true), // reversal of a credit: money taken back
                _ => (Direction.Credit, true), // RD, reversal of a debit
            };
            var rest = m.Groups["rest"].Value;
            var split = rest.IndexOf("//", StringComparison.Ordinal);
            var customerReference = (split >= 0 ? rest[..split] : rest).Trim();
            var bankReference = split >= 0 ? rest[(split + 2)..].Trim() : null;
            var supplementary = lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            // The :86: as the bank wrapped it: a token split at the wrap whole again, words on either side of it apart,
            // and the bank's structured sub-fields read by name where it has them.
            var read = Information is null ? null : Mt940Information.Of(Information);
            var information = read?.Text;
            var payer = SpeiText.PayerClabe(information);
            var trackingKey = SpeiText.TrackingKey(information) ?? read?.EndToEnd;

            var freeText = new List<string>();
            if (customerReference.Length > 0 && customerReference != "NONREF")
                freeText.Add(customerReference);
            freeText.AddRange(supplementary);
            // A structured field's concept is its remittance; the rest of it is still searched for an NSS.
            if (read?.Remittance is not null && information is not null)
                freeText.Add(information);

            var raw = new StringBuilder(":61:").Append(string.Join("\n", lines));
            if (Information is not null)
                raw.Append("\n:86:").Append(string.Join("\n", Information));

            return new StatementLine(
                position,
                location,
                ordinal,
                account,
                currency,
                entryDate ?? valueDate,
                valueDate,
                amount,
                direction,
                reversal,
                StatementLine.Booked,
                string.IsNullOrEmpty(bankReference) || bankReference == "NONREF" ? null : bankReference,
                trackingKey,
                payer?.Participant?.Code,
                read?.PayerName,
                payer?.Value,
                read?.Remittance ?? information,
                freeText,
                customerReference.Length is > 0 and <= 7 && customerReference.All(char.IsAsciiDigit)
                    ? customerReference
                    : null,
                raw.ToString(),
                References: new[] { customerReference, bankReference, trackingKey }
                    .Where(r => !string.IsNullOrEmpty(r) && r != "NONREF")
                    .Distinct()
                    .ToList()!,
                IsReturn: reversal && direction == Direction.Debit
                    || ReturnTypes.Contains(m.Groups["tt"].Value)
                    || (information ?? "").Contains("DEVOLUCION", StringComparison.OrdinalIgnoreCase)
            );
        }
    }
}
