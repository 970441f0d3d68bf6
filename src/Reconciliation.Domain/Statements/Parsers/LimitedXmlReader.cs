using System.Xml;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// An XmlReader that refuses what no bank statement holds: elements nested deeper than
/// <see cref="MaxDepth"/>, or a text longer than <see cref="MaxTextLength"/> characters. Entries are
/// read into small trees, and a hostile file would otherwise make one tree as large as the file.
/// </summary>
internal sealed class LimitedXmlReader(XmlReader inner) : XmlReader, IXmlLineInfo
{
    public const int MaxDepth = 32;
    public const int MaxTextLength = TextLines.MaxLineLength;

    public override bool Read()
    {
        if (!inner.Read())
            return false;
        if (inner.Depth > MaxDepth)
            throw new StatementFormatException(Where, $"elements nested deeper than {MaxDepth} levels ({inner.LocalName}): not a bank statement");
        if (inner.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && inner.Value.Length > MaxTextLength)
            throw new StatementFormatException(Where, $"a text longer than {MaxTextLength:N0} characters: not a bank statement");
        return true;
    }

    private string Where => $"line {LineNumber}, position {LinePosition}";

    public int LineNumber => (inner as IXmlLineInfo)?.LineNumber ?? 0;
    public int LinePosition => (inner as IXmlLineInfo)?.LinePosition ?? 0;
    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override int AttributeCount => inner.AttributeCount;
    public override string BaseURI => inner.BaseURI;
    public override int Depth => inner.Depth;
    public override bool EOF => inner.EOF;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override string LocalName => inner.LocalName;
    public override string NamespaceURI => inner.NamespaceURI;
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlNodeType NodeType => inner.NodeType;
    public override string Prefix => inner.Prefix;
    public override ReadState ReadState => inner.ReadState;
    public override string Value => inner.Value;
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
