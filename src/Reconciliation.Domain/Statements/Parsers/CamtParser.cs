using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// ISO 20022 camt.053 (statement, <c>Stmt</c>) and camt.054 (notification, <c>Ntfctn</c>), any
/// version whose structure matches (.001.02 to .001.13). Read with <see cref="XmlReader"/>, one
/// entry at a time: memory is bounded by the largest entry, not the file.
/// </summary>
public sealed class CamtParser(StatementFormat format, StatementLimits? limits = null) : IStatementParser
{
    private readonly StatementLimits _limits = limits ?? StatementLimits.Default;

    public const string Camt053Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    public const string Camt054Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.";
    public const string Camt052Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.052.001.";

    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD, no external entities: a hostile file cannot expand or fetch anything.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public StatementFormat Format { get; } = format;

    private string StatementElement => Format switch { StatementFormat.Camt053 => "Stmt", StatementFormat.Camt052 => "Rpt", _ => "Ntfctn" };
    private string NamespacePrefix => Format switch
    {
        StatementFormat.Camt053 => Camt053Namespace, StatementFormat.Camt052 => Camt052Namespace, _ => Camt054Namespace,
    };

    public IEnumerable<StatementItem> Parse(Stream stream) => Read(stream, lines: true);

    /// <summary>
    /// The whole file read as <see cref="Parse"/> reads it (the XML, each element, each statement's header), but entries
    /// are not turned into lines: what is wrong with an entry is never fatal, so the fatal problems are the same.
    /// </summary>
    public IEnumerable<StatementItem> Check(Stream stream) => Read(stream, lines: false);

    private IEnumerable<StatementItem> Read(Stream stream, bool lines)
    {
        using var reader = new LimitedXmlReader(XmlReader.Create(new MarkupRunGuard(stream, _limits.MaxMarkupRunBytes), Settings), _limits);
        var lineInfo = (IXmlLineInfo)reader;
        reader.MoveToContent();
        // The Document at the root, or inside a business-message envelope (an AppHdr beside it, under any wrapper element).
        var root = $"{{{reader.NamespaceURI}}}{reader.LocalName}";
        while (!(reader.NodeType == XmlNodeType.Element && reader.LocalName == "Document" && reader.NamespaceURI.StartsWith(NamespacePrefix, StringComparison.Ordinal)))
        {
            if (!reader.Read())
                throw new StatementFormatException($"line {lineInfo.LineNumber}",
                    $"no Document in namespace {NamespacePrefix}NN (the root element is {root}, and no element inside it is one)");
        }

        var ordinal = 0;
        var position = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != StatementElement)
                continue;
            ordinal++;
            foreach (var item in ReadStatement(reader, lineInfo, ordinal, () => ++position, lines))
                yield return item;
        }
        if (ordinal == 0)
            throw new StatementFormatException("Document", $"no <{StatementElement}> element: nothing to import");
    }

    private IEnumerable<StatementItem> ReadStatement(LimitedXmlReader reader, IXmlLineInfo lineInfo, int ordinal, Func<int> nextPosition, bool lines)
    {
        var statementPath = $"{StatementElement}[{ordinal}]";
        var startLine = lineInfo.LineNumber;
        var depth = reader.Depth;
        var header = new List<XElement>();
        var trailer = new List<XElement>();
        var started = false;
        var entry = 0;
        var others = 0;
        long headerNodes = 0;
        Balance? closing = null;

        if (reader.IsEmptyElement)
            throw new StatementFormatException($"{statementPath} (line {startLine})", "empty statement element");
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            var line = lineInfo.LineNumber;
            var name = reader.LocalName;
            // An entry may hold MaxElementsPerEntry nodes; the statement's header and trailer as many, all together.
            var isEntry = name == "Ntry";
            reader.StartTree(isEntry ? $"{statementPath}/Ntry[{entry + 1}] (line {line})" : $"{statementPath} (line {startLine}), besides its entries,",
                isEntry ? _limits.MaxElementsPerEntry : _limits.MaxElementsPerEntry - headerNodes);
            var element = (XElement)XNode.ReadFrom(reader);
            if (!isEntry) headerNodes += reader.NodesInTree;
            reader.EndTree();
            if (element.Name.LocalName != "Ntry")
            {
                if (++others > _limits.MaxStatementElements)
                    throw new StatementFormatException($"{statementPath} (line {startLine})",
                        $"more than {_limits.MaxStatementElements:N0} elements besides its entries: not a bank statement (Statements:Limits:MaxStatementElements)");
                // After the entries, only the statement's additional information is read.
                if (!started) header.Add(element);
                else if (element.Name.LocalName == "AddtlStmtInf") trailer.Add(element);
                continue;
            }
            if (!started)
            {
                started = true;
                var (start, close) = Header(header, ordinal, $"{statementPath} (line {startLine})");
                closing = close;
                yield return start;
            }
            entry++;
            if (!lines) continue;
            foreach (var item in Entry(element, ordinal, $"{statementPath}/Ntry[{entry}] (line {line})", nextPosition))
                yield return item;
        }
        if (!started)
        {
            var (start, close) = Header(header, ordinal, $"{statementPath} (line {startLine})");
            closing = close;
            yield return start;
        }
        yield return new StatementEnd(ordinal, closing, string.Join(" ", trailer.Where(t => t.Name.LocalName == "AddtlStmtInf").Select(t => t.Value.Trim())) is { Length: > 0 } info ? info : null);
    }

    private (StatementStart, Balance?) Header(List<XElement> header, int ordinal, string location)
    {
        XElement? Find(string name) => header.FirstOrDefault(h => h.Name.LocalName == name);
        var account = Find("Acct");
        var period = Find("FrToDt");
        Balance? opening = null, closing = null;
        foreach (var bal in header.Where(h => h.Name.LocalName == "Bal"))
        {
            var code = bal.FirstText(["Tp", "CdOrPrtry", "Cd"], ["Tp", "Cd"]);
            var balance = ReadBalance(bal, $"{location}/Bal[{code}]");
            switch (code)
            {
                case "OPBD" or "PRCD" when opening is null: opening = balance; break;
                case "CLBD": closing = balance; break;
            }
        }
        var start = new StatementStart(
            ordinal, Format,
            Find("Id")?.Value.Trim(),
            account.FirstText(["Id", "IBAN"], ["Id", "Othr", "Id"]),
            account.Text("Ccy"),
            Find("ElctrncSeqNb")?.Value.Trim() ?? Find("LglSeqNb")?.Value.Trim(),
            StatementDates.ParseIso(period.FirstText(["FrDtTm"], ["FrDt"]), $"{location}/FrToDt"),
            StatementDates.ParseIso(period.FirstText(["ToDtTm"], ["ToDt"]), $"{location}/FrToDt"),
            opening,
            location);
        return (start, closing);
    }

    private static Balance ReadBalance(XElement bal, string location)
    {
        var amount = Amount(bal.Child("Amt"), location);
        var sign = bal.Text("CdtDbtInd") == "DBIT" ? -1 : 1;
        var date = StatementDates.ParseIso(bal.FirstText(["Dt", "Dt"], ["Dt", "DtTm"]), location);
        return new Balance(sign * amount, bal.Child("Amt")?.Attribute("Ccy")?.Value, date);
    }

    private static decimal Amount(XElement? amt, string location)
    {
        var text = amt?.Value.Trim();
        if (text is null)
            throw new StatementFormatException(location, "amount is missing");
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new StatementFormatException(location, $"amount '{text}' is not a number");
        return value;
    }

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
            lines.Add(new StatementProblem(e.Location, e.Reason, Fatal: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never fatal either, so that Check, which does not read entries, stops where Parse does.
            lines.Add(new StatementProblem(location, $"the entry cannot be read: {e.GetType().Name}: {e.Message}", Fatal: false));
        }
        return lines;
    }

    private void ReadEntry(XElement ntry, int ordinal, string location, Func<int> nextPosition, List<StatementItem> output)
    {
        var amount = Amount(ntry.Child("Amt"), $"{location}/Amt");
        var currency = ntry.Child("Amt")?.Attribute("Ccy")?.Value;
        var direction = ntry.Text("CdtDbtInd") switch
        {
            "CRDT" => Direction.Credit,
            "DBIT" => Direction.Debit,
            var other => throw new StatementFormatException($"{location}/CdtDbtInd", $"'{other}' is neither CRDT nor DBIT"),
        };
        var reversal = ntry.Text("RvslInd") is "true" or "1";
        var status = ntry.FirstText(["Sts", "Cd"], ["Sts", "Prtry"]) ?? ntry.Text("Sts") ?? "";
        var booking = StatementDates.ParseIso(ntry.FirstText(["BookgDt", "Dt"], ["BookgDt", "DtTm"]), $"{location}/BookgDt");
        var value = StatementDates.ParseIso(ntry.FirstText(["ValDt", "Dt"], ["ValDt", "DtTm"]), $"{location}/ValDt") ?? booking;
        var bankReference = ntry.Text("AcctSvcrRef");
        var entryInfo = ntry.Text("AddtlNtryInf");
        var details = ntry.Children("NtryDtls").SelectMany(d => d.Children("TxDtls")).ToList();

        StatementLine Line(XElement? tx, decimal lineAmount, string? lineCurrency, string raw, int? part, int? parts)
        {
            var texts = new List<string>();
            var unstructured = tx.Child("RmtInf").Children("Ustrd").Select(u => u.Value.Trim()).Where(u => u.Length > 0).ToList();
            var structured = tx.Child("RmtInf").Children("Strd").Select(s => s.Text("CdtrRefInf", "Ref")).OfType<string>().ToList();
            var concept = unstructured.Count > 0 ? string.Join(" ", unstructured) : structured.FirstOrDefault();
            texts.AddRange(structured.Where(s => s != concept));
            texts.AddRange(tx.Child("RmtInf").Children("Strd").Select(s => s.Text("AddtlRmtInf")).OfType<string>());
            if (tx.Text("AddtlTxInf") is { } txInfo) texts.Add(txInfo);
            if (entryInfo is not null) texts.Add(entryInfo);

            var endToEnd = tx.Text("Refs", "EndToEndId");
            if (endToEnd is "NOTPROVIDED") endToEnd = null;
            var payerAccount = tx.FirstText(["RltdPties", "DbtrAcct", "Id", "IBAN"], ["RltdPties", "DbtrAcct", "Id", "Othr", "Id"]);
            // The other party's bank. A credit, and a reversal entry (which repeats the original's parties), name it as the debtor's
            // agent; a plain debit (money sent back to the payer) as the creditor's.
            var debtorAgent = tx.Text("RltdAgts", "DbtrAgt", "FinInstnId", "ClrSysMmbId", "MmbId");
            var creditorAgent = tx.Text("RltdAgts", "CdtrAgt", "FinInstnId", "ClrSysMmbId", "MmbId");
            var participant = (direction == Direction.Debit && !reversal ? creditorAgent ?? debtorAgent : debtorAgent)
                ?? (Clabe.TryParse(payerAccount) is { IsValid: true } clabe ? clabe.Value!.Value.Participant?.Code : null);
            var numeric = structured.FirstOrDefault(s => s.Length <= 7 && s.All(char.IsAsciiDigit));

            return new StatementLine(
                nextPosition(), part is null ? location : $"{location}/TxDtls[{part}]", ordinal, null, lineCurrency ?? currency,
                booking, value, lineAmount, direction, reversal, status,
                bankReference,
                endToEnd ?? tx.Text("Refs", "AcctSvcrRef") ?? bankReference,
                participant,
                tx.FirstText(["RltdPties", "Dbtr", "Nm"], ["RltdPties", "Dbtr", "Pty", "Nm"]),
                payerAccount, concept, texts, numeric, raw,
                EntryReference: parts is null ? null : location, PartNumber: part, PartCount: parts,
                References: References(tx, bankReference), IsReturn: reversal || IsMarkedReturn(ntry, tx, concept));
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
            var amt = details[i].At("AmtDtls", "TxAmt", "Amt") ?? details[i].Child("Amt")
                ?? throw new StatementFormatException($"{location}/TxDtls[{i + 1}]", "a transaction of a batch entry has no amount: the batch cannot be split");
            partAmounts.Add((Amount(amt, $"{location}/TxDtls[{i + 1}]/Amt"), amt.Attribute("Ccy")?.Value));
        }
        for (var i = 0; i < details.Count; i++)
            output.Add(Line(details[i], partAmounts[i].Amount, partAmounts[i].Currency, RawXml.Of(details[i]), i + 1, details.Count));

        if (partAmounts.Any(p => p.Currency is not null && currency is not null && p.Currency != currency))
        {
            output.Add(new StatementProblem(location,
                $"batch entry of {amount} {currency} has transactions in {string.Join(", ", partAmounts.Select(p => p.Currency).Distinct())}: the parts cannot be checked against the entry",
                Fatal: false));
            return;
        }
        var sum = partAmounts.Sum(p => p.Amount);
        if (sum == amount)
            return;
        var difference = amount - sum;
        if (difference > 0)
        {
            // The part of the entry no transaction accounts for becomes a line of its own, so no money is lost.
            output.Add(Line(null, difference, currency, RawXml.Of(ntry), details.Count + 1, details.Count) with
            {
                Location = $"{location} (remainder)",
                TrackingKey = null,
                Concept = entryInfo,
                FreeText = [$"remainder of a batch entry: transactions add up to {sum}, entry is {amount}"],
            });
        }
        output.Add(new StatementProblem(location,
            $"batch entry of {amount} {currency}: its {details.Count} transactions add up to {sum}, difference {difference}", Fatal: false));
    }

    /// <summary>Every reference of a transaction: its <c>Refs</c>, the entry's, and those of the return information.</summary>
    private static List<string> References(XElement? tx, string? entryReference)
    {
        var references = tx.Child("Refs")?.Elements().Select(e => e.Value.Trim()).ToList() ?? [];
        references.AddRange(tx.Child("RtrInf")?.Descendants().Where(e => !e.HasElements && (e.Name.LocalName.EndsWith("Id") || e.Name.LocalName.EndsWith("Ref")))
            .Select(e => e.Value.Trim()) ?? []);
        if (entryReference is not null) references.Add(entryReference);
        return references.Where(r => r.Length > 0 && r != "NOTPROVIDED").Distinct().ToList();
    }

    // ISO bank transaction sub-families of returns and reversals of credit transfers.
    private static readonly string[] ReturnSubFamilies = ["RRTN", "RPCR"];

    private static bool IsMarkedReturn(XElement ntry, XElement? tx, string? concept) =>
        tx.Child("RtrInf") is not null
        || ReturnSubFamilies.Contains(tx.Text("BkTxCd", "Domn", "Fmly", "SubFmlyCd") ?? ntry.Text("BkTxCd", "Domn", "Fmly", "SubFmlyCd"))
        || (concept ?? "").Contains("DEVOLUCION", StringComparison.OrdinalIgnoreCase);
}
