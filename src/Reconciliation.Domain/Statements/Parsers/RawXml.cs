using System.Text;
using System.Xml.Linq;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// The raw text of an entry, as <c>XElement.ToString(SaveOptions.DisableFormatting)</c> writes it.
/// That call builds an XmlWriter and resolves namespaces for every element: a quarter of the time of
/// reading a camt file. Entries are one default namespace, plain attributes and plain text, which this
/// writes directly; anything else (prefixes, characters to escape, comments) goes to ToString.
/// </summary>
internal static class RawXml
{
    public static string Of(XElement element)
    {
        var text = new StringBuilder(1024);
        return TryWrite(element, element.Name.Namespace, root: true, text)
            ? text.ToString()
            : element.ToString(SaveOptions.DisableFormatting);
    }

    private static bool TryWrite(XElement element, XNamespace ns, bool root, StringBuilder text)
    {
        if (element.Name.Namespace != ns)
            return false;
        text.Append('<').Append(element.Name.LocalName);
        if (root && ns != XNamespace.None)
        {
            if (!Plain(ns.NamespaceName))
                return false;
            text.Append(" xmlns=\"").Append(ns.NamespaceName).Append('"');
        }
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                // The declaration of the namespace the element is in is what ToString writes on the root anyway.
                if (root && attribute.Name.LocalName == "xmlns" && attribute.Value == ns.NamespaceName)
                    continue;
                return false;
            }
            if (attribute.Name.Namespace != XNamespace.None || !Plain(attribute.Value))
                return false;
            text.Append(' ').Append(attribute.Name.LocalName).Append("=\"").Append(attribute.Value).Append('"');
        }
        if (element.IsEmpty)
        {
            text.Append(" />");
            return true;
        }
        text.Append('>');
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child when TryWrite(child, ns, root: false, text):
                    break;
                case XText value when value is not XCData && Plain(value.Value):
                    text.Append(value.Value);
                    break;
                default:
                    return false;
            }
        }
        text.Append("</").Append(element.Name.LocalName).Append('>');
        return true;
    }

    /// <summary>Text that an XmlWriter writes as it is: nothing to escape, no line breaks or control
    /// characters.</summary>
    private static bool Plain(string value)
    {
        foreach (var c in value)
            if (c is '<' or '>' or '&' or '"' or '\'' || c < ' ' || char.IsSurrogate(c))
                return false;
        return true;
    }
}
