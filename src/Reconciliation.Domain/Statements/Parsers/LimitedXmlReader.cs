using System.Xml;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// An XmlReader that refuses what no bank statement holds (<see cref="StatementLimits"/>): elements nested too deep, a
/// text too long, too many attributes, names too long, or too many elements in one tree. Entries are read into small
/// trees, and a hostile file would otherwise make one tree as large as the file. Under it, <see cref="MarkupRunGuard"/>
/// refuses a tag or a text too long before the reader holds it.
/// </summary>
internal sealed class LimitedXmlReader(XmlReader inner, StatementLimits limits) : XmlReader, IXmlLineInfo
{
    private long _treeLimit = long.MaxValue;
    private (string Statement, int? Entry, long Line) _tree;

    /// <summary>Nodes (elements, texts, CDATA sections...) read since <see cref="StartTree"/>.</summary>
    public long NodesInTree { get; private set; }

    /// <summary>From now on, at most <paramref name="nodes"/> nodes may be read until <see cref="EndTree"/>: in the
    /// <paramref name="entry"/>th entry of a statement (from its <paramref name="line"/>), or, with no entry, in the
    /// statement's elements besides its entries. Its name is said only if it runs over.</summary>
    public void StartTree(string statement, int? entry, long line, long nodes)
    {
        NodesInTree = 0;
        _treeLimit = nodes;
        _tree = (statement, entry, line);
    }

    private Phrase TreeName =>
        _tree.Entry is { } entry
            ? new Phrase("xml-tree-entry", _tree.Statement, entry, _tree.Line)
            : new Phrase("xml-tree-header", _tree.Statement, _tree.Line);

    public void EndTree() => _treeLimit = long.MaxValue;

    public override bool Read()
    {
        if (!inner.Read())
            return false;
        if (++NodesInTree > _treeLimit)
            throw new StatementFormatException(Where, new Phrase("xml-too-many-nodes", TreeName, $"{_treeLimit:N0}"));
        if (inner.Depth > limits.MaxDepth)
            throw new StatementFormatException(Where, new Phrase("xml-too-deep", limits.MaxDepth, inner.LocalName));
        switch (inner.NodeType)
        {
            case XmlNodeType.Text or XmlNodeType.CDATA when inner.Value.Length > limits.MaxTextLength:
                throw new StatementFormatException(
                    Where,
                    new Phrase("xml-text-too-long", $"{limits.MaxTextLength:N0}")
                );
            case XmlNodeType.Element:
                if (inner.Name.Length > limits.MaxNameLength)
                    throw new StatementFormatException(Where, new Phrase("xml-name-too-long", limits.MaxNameLength));
                if (inner.AttributeCount > limits.MaxAttributes)
                    throw new StatementFormatException(
                        Where,
                        new Phrase(
                            "xml-too-many-attributes",
                            inner.LocalName,
                            inner.AttributeCount,
                            limits.MaxAttributes
                        )
                    );
                for (var i = 0; i < inner.AttributeCount; i++)
                {
                    inner.MoveToAttribute(i);
                    if (inner.Name.Length > limits.MaxNameLength)
                        throw new StatementFormatException(
                            Where,
                            new Phrase("xml-attribute-name-too-long", limits.MaxNameLength)
                        );
                    if (inner.Value.Length > limits.MaxTextLength)
                        throw new StatementFormatException(
                            Where,
                            new Phrase("xml-attribute-too-long", $"{limits.MaxTextLength:N0}")
                        );
                }
                inner.MoveToElement();
                break;
        }
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
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
