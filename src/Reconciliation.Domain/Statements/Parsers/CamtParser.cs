using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// ISO 20022 camt.053 (statement, <c>Stmt</c>) and camt.054 (notification, <c>Ntfctn</c>), any
/// version whose structure matches (.001.02 to .001.13). Read with <see cref="XmlReader"/>, one
/// entry at a time: memory is bounded by the largest entry, not the file.
/// </summary>
public sealed partial class CamtParser(StatementFormat format, StatementLimits? limits = null) : IStatementParser
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

    private string StatementElement =>
        Format switch
        {
            StatementFormat.Camt053 => "Stmt",
            StatementFormat.Camt052 => "Rpt",
            _ => "Ntfctn",
        };
    private string NamespacePrefix =>
        Format switch
        {
            StatementFormat.Camt053 => Camt053Namespace,
            StatementFormat.Camt052 => Camt052Namespace,
            _ => Camt054Namespace,
        };

    public IEnumerable<StatementItem> Parse(Stream stream) => Read(stream, lines: true);

    /// <summary>
    /// The whole file read as <see cref="Parse"/> reads it (the XML, each element, each statement's header), but
    /// entries are not turned into lines: what is wrong with an entry is never fatal, so the fatal problems are the
    /// same.
    /// </summary>
    public IEnumerable<StatementItem> Check(Stream stream) => Read(stream, lines: false);

    private IEnumerable<StatementItem> Read(Stream stream, bool lines)
    {
        using var reader = new LimitedXmlReader(
            XmlReader.Create(new MarkupRunGuard(stream, _limits.MaxMarkupRunBytes), Settings),
            _limits
        );
        var lineInfo = (IXmlLineInfo)reader;
        reader.MoveToContent();
        // The Document at the root, or inside a business-message envelope (an AppHdr beside it, under any wrapper
        // element).
        var root = $"{{{reader.NamespaceURI}}}{reader.LocalName}";
        while (
            !(
                reader.NodeType == XmlNodeType.Element
                && reader.LocalName == "Document"
                && reader.NamespaceURI.StartsWith(NamespacePrefix, StringComparison.Ordinal)
            )
        )
        {
            if (!reader.Read())
                throw new StatementFormatException(
                    $"line {lineInfo.LineNumber}",
                    new Phrase("camt-no-document", NamespacePrefix, root)
                );
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
            throw new StatementFormatException("Document", new Phrase("camt-no-statement", StatementElement));
    }

    private IEnumerable<StatementItem> ReadStatement(
        LimitedXmlReader reader,
        IXmlLineInfo lineInfo,
        int ordinal,
        Func<int> nextPosition,
        bool lines
    )
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
            throw new StatementFormatException(
                $"{statementPath} (line {startLine})",
                new Phrase("camt-empty-statement")
            );
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
            reader.StartTree(
                statementPath,
                isEntry ? entry + 1 : null,
                isEntry ? line : startLine,
                isEntry ? _limits.MaxElementsPerEntry : _limits.MaxElementsPerEntry - headerNodes
            );
            var element = (XElement)XNode.ReadFrom(reader);
            if (!isEntry)
                headerNodes += reader.NodesInTree;
            reader.EndTree();
            if (element.Name.LocalName != "Ntry")
            {
                if (++others > _limits.MaxStatementElements)
                    throw new StatementFormatException(
                        $"{statementPath} (line {startLine})",
                        new Phrase("camt-statement-elements", $"{_limits.MaxStatementElements:N0}")
                    );
                // After the entries, only the statement's additional information is read.
                if (!started)
                    header.Add(element);
                else if (element.Name.LocalName == "AddtlStmtInf")
                    trailer.Add(element);
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
            if (!lines)
                continue;
            foreach (var item in Entry(element, ordinal, $"{statementPath}/Ntry[{entry}] (line {line})", nextPosition))
                yield return item;
        }
        if (!started)
        {
            var (start, close) = Header(header, ordinal, $"{statementPath} (line {startLine})");
            closing = close;
            yield return start;
        }
        yield return new StatementEnd(
            ordinal,
            closing,
            string.Join(" ", trailer.Where(t => t.Name.LocalName == "AddtlStmtInf").Select(t => t.Value.Trim()))
                is { Length: > 0 } info
                ? info
                : null
        );
    }

    private (StatementStart, Balance?) Header(List<XElement> header, int ordinal, string location)
    {
        XElement? Find(string name) => header.FirstOrDefault(h => h.Name.LocalName == name);
        var account = Find("Acct");
        var period = Find("FrToDt");
        Balance? opening = null,
            closing = null;
        foreach (var bal in header.Where(h => h.Name.LocalName == "Bal"))
        {
            var code = bal.FirstText(["Tp", "CdOrPrtry", "Cd"], ["Tp", "Cd"]);
            var balance = ReadBalance(bal, $"{location}/Bal[{code}]");
            switch (code)
            {
                case "OPBD" or "PRCD" when opening is null:
                    opening = balance;
                    break;
                case "CLBD":
                    closing = balance;
                    break;
            }
        }
        var start = new StatementStart(
            ordinal,
            Format,
            Find("Id")?.Value.Trim(),
            account.FirstText(["Id", "IBAN"], ["Id", "Othr", "Id"]),
            account.Text("Ccy"),
            Find("ElctrncSeqNb")?.Value.Trim() ?? Find("LglSeqNb")?.Value.Trim(),
            StatementDates.ParseIso(period.FirstText(["FrDtTm"], ["FrDt"]), $"{location}/FrToDt"),
            StatementDates.ParseIso(period.FirstText(["ToDtTm"], ["ToDt"]), $"{location}/FrToDt"),
            opening,
            location
        );
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
            throw new StatementFormatException(location, new Phrase("amount-missing"));
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new StatementFormatException(location, new Phrase("amount-not-number", text));
        return value;
    }
}
