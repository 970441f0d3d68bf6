using System.Xml.Linq;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

public sealed partial class CamtParser
{
    // Entries: each Ntry, and each transaction of a batch entry, into statement lines.

    private IEnumerable<StatementItem> Entry(XElement ntry, int ordinal, string location, Func<int> nextPosition)
    {
        var lines = new List<StatementItem>();
        try
        {
            ReadEntry(ntry, ordinal, location, nextPosition, lines);
        }
        catch (StatementFormatException e)
        {
            // A broken entry is reported and the statement goes on: the rest of the file stays readable.
            lines.Add(StatementProblem.Of(e, fatal: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never fatal either, so that Check, which does not read entries, stops where Parse does.
            lines.Add(
                new StatementProblem(
                    location,
                    new Phrase("entry-unreadable", e.GetType().Name, e.Message),
                    Fatal: false
                )
            );
        }
        return lines;
    }

    private void ReadEntry(
        XElement ntry,
        int ordinal,
        string location,
        Func<int> nextPosition,
        List<StatementItem> output
    )
    {
        var amount = Amount(ntry.Child("Amt"), $"{location}/Amt");
        var currency = ntry.Child("Amt")?.Attribute("Ccy")?.Value;
        var direction = ntry.Text("CdtDbtInd") switch
        {
            "CRDT" => Direction.Credit,
            "DBIT" => Direction.Debit,
            var other => throw new StatementFormatException(
                $"{location}/CdtDbtInd",
                new Phrase("camt-direction", other)
            ),
        };
        var reversal = ntry.Text("RvslInd") is "true" or "1";
        var status = ntry.FirstText(["Sts", "Cd"], ["Sts", "Prtry"]) ?? ntry.Text("Sts") ?? "";
        var booking = StatementDates.ParseIso(
            ntry.FirstText(["BookgDt", "Dt"], ["BookgDt", "DtTm"]),
            $"{location}/BookgDt"
        );
        var value = StatementDates.ParseIso(ntry.FirstText(["ValDt", "Dt"], ["ValDt", "DtTm"]), $"{location}/ValDt")
            ?? booking;
        var bankReference = ntry.Text("AcctSvcrRef");
        var entryInfo = ntry.Text("AddtlNtryInf");
        var details = ntry.Children("NtryDtls").SelectMany(d => d.Children("TxDtls")).ToList();

        StatementLine Line(XElement? tx, decimal lineAmount, string? lineCurrency, string raw, int? part, int? parts)
        {
            var texts = new List<string>();
            var unstructured = tx.Child("RmtInf")
                .Children("Ustrd")
                .Select(u => u.Value.Trim())
                .Where(u => u.Length > 0)
                .ToList();
            var structured = tx.Child("RmtInf")
                .Children("Strd")
                .Select(s => s.Text("CdtrRefInf", "Ref"))
                .OfType<string>()
                .ToList();
            var concept = unstructured.Count > 0 ? string.Join(" ", unstructured) : structured.FirstOrDefault();
            texts.AddRange(structured.Where(s => s != concept));
            texts.AddRange(tx.Child("RmtInf").Children("Strd").Select(s => s.Text("AddtlRmtInf")).OfType<string>());
            if (tx.Text("AddtlTxInf") is { } txInfo)
                texts.Add(txInfo);
            if (entryInfo is not null)
                texts.Add(entryInfo);

            var endToEnd = tx.Text("Refs", "EndToEndId");
            if (endToEnd is "NOTPROVIDED")
                endToEnd = null;
            var payerAccount = tx.FirstText(
                ["RltdPties", "DbtrAcct", "Id", "IBAN"],
                ["RltdPties", "DbtrAcct", "Id", "Othr", "Id"]
            );
            // The other party's bank. A credit, and a reversal entry (which repeats the original's parties), name it as
            // the debtor's agent; a plain debit (money sent back to the payer) as the creditor's.
            var debtorAgent = tx.Text("RltdAgts", "DbtrAgt", "FinInstnId", "ClrSysMmbId", "MmbId");
            var creditorAgent = tx.Text("RltdAgts", "CdtrAgt", "FinInstnId", "ClrSysMmbId", "MmbId");
            var participant = (direction == Direction.Debit && !reversal ? creditorAgent ?? debtorAgent : debtorAgent)
                ?? (
                    Clabe.TryParse(payerAccount) is { IsValid: true } clabe
                        ? clabe.Value!.Value.Participant?.Code
                        : null
                );
            var numeric = structured.FirstOrDefault(s => s.Length <= 7 && s.All(char.IsAsciiDigit));

            return new StatementLine(
                nextPosition(),
                part is null ? location : $"{location}/TxDtls[{part}]",
                ordinal,
                null,
                lineCurrency ?? currency,
                booking,
                value,
                lineAmount,
                direction,
                reversal,
                status,
                bankReference,
                endToEnd ?? tx.Text("Refs", "AcctSvcrRef") ?? bankReference,
                participant,
                tx.FirstText(["RltdPties", "Dbtr", "Nm"], ["RltdPties", "Dbtr", "Pty", "Nm"]),
                payerAccount,
                concept,
                texts,
                numeric,
                raw,
                EntryReference: parts is null ? null : location,
                PartNumber: part,
                PartCount: parts,
                References: References(tx, bankReference),
                IsReturn: reversal || IsMarkedReturn(ntry, tx, concept)
            );
        }

        if (details.Count <= 1)
        {
            // One transaction: the entry's amount is the amount (a lone TxDtls amount may be in another currency).
            output.Add(Line(details.FirstOrDefault(), amount, currency, RawXml.Of(ntry), null, null));
            return;
        }

        // A batch: one line per transaction, and the parts must add up to the entry.
        var partAmounts = new List<(decimal Amount, string? Currency)>();
        for (var i = 0; i < details.Count; i++)
        {
            var amt = details[i].At("AmtDtls", "TxAmt", "Amt")
                ?? details[i].Child("Amt")
                ?? throw new StatementFormatException(
                    $"{location}/TxDtls[{i + 1}]",
                    new Phrase("batch-part-no-amount")
                );
            partAmounts.Add((Amount(amt, $"{location}/TxDtls[{i + 1}]/Amt"), amt.Attribute("Ccy")?.Value));
        }
        for (var i = 0; i < details.Count; i++)
            output.Add(
                Line(
                    details[i],
                    partAmounts[i].Amount,
                    partAmounts[i].Currency,
                    RawXml.Of(details[i]),
                    i + 1,
                    details.Count
                )
            );

        if (partAmounts.Any(p => p.Currency is not null && currency is not null && p.Currency != currency))
        {
            output.Add(
                new StatementProblem(
                    location,
                    new Phrase(
                        "batch-currencies",
                        amount,
                        currency,
                        string.Join(", ", partAmounts.Select(p => p.Currency).Distinct())
                    ),
                    Fatal: false
                )
            );
            return;
        }
        var sum = partAmounts.Sum(p => p.Amount);
        if (sum == amount)
            return;
        var difference = amount - sum;
        if (difference > 0)
        {
            // The part of the entry no transaction accounts for becomes a line of its own, so no money is lost.
            output.Add(
                Line(null, difference, currency, RawXml.Of(ntry), details.Count + 1, details.Count) with
                {
                    Location = $"{location} (remainder)",
                    TrackingKey = null,
                    Concept = entryInfo,
                    FreeText = [$"remainder of a batch entry: transactions add up to {sum}, entry is {amount}"],
                }
            );
        }
        output.Add(
            new StatementProblem(
                location,
                new Phrase("batch-sum", amount, currency, details.Count, sum, difference),
                Fatal: false
            )
        );
    }

    /// <summary>Every reference of a transaction: its <c>Refs</c>, the entry's, and those of the return
    /// information.</summary>
    private static List<string> References(XElement? tx, string? entryReference)
    {
        var references = tx.Child("Refs")?.Elements().Select(e => e.Value.Trim()).ToList() ?? [];
        references.AddRange(
            tx.Child("RtrInf")
                ?.Descendants()
                .Where(e => !e.HasElements && (e.Name.LocalName.EndsWith("Id") || e.Name.LocalName.EndsWith("Ref")))
                .Select(e => e.Value.Trim())
                ?? []
        );
        if (entryReference is not null)
            references.Add(entryReference);
        return references.Where(r => r.Length > 0 && r != "NOTPROVIDED").Distinct().ToList();
    }

    // ISO bank transaction sub-families of returns and reversals of credit transfers.
    private static readonly string[] ReturnSubFamilies = ["RRTN", "RPCR"];

    private static bool IsMarkedReturn(XElement ntry, XElement? tx, string? concept) =>
        tx.Child("RtrInf") is not null
        || ReturnSubFamilies.Contains(
            tx.Text("BkTxCd", "Domn", "Fmly", "SubFmlyCd") ?? ntry.Text("BkTxCd", "Domn", "Fmly", "SubFmlyCd")
        )
        || (concept ?? "").Contains("DEVOLUCION", StringComparison.OrdinalIgnoreCase);
}
