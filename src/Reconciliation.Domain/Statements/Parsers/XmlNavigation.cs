using System.Xml.Linq;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>Element navigation by local name: camt versions differ in namespace, not in these names.</summary>
internal static class XmlNavigation
{
    public static XElement? Child(this XElement? e, string name) =>
        e?.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    public static IEnumerable<XElement> Children(this XElement? e, string name) =>
        e?.Elements().Where(c => c.Name.LocalName == name) ?? [];

    public static XElement? At(this XElement? e, params string[] path)
    {
        foreach (var name in path)
            e = e.Child(name);
        return e;
    }

    public static string? Text(this XElement? e, params string[] path)
    {
        var value = e.At(path)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The first of several paths that has text (e.g. <c>Dbtr/Nm</c> in .02, <c>Dbtr/Pty/Nm</c> in
    /// .08).</summary>
    public static string? FirstText(this XElement? e, params string[][] paths) =>
        paths.Select(p => e.Text(p)).FirstOrDefault(t => t is not null);
}
