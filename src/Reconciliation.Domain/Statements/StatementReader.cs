using System.Xml;
using Reconciliation.Domain.Statements.Parsers;

namespace Reconciliation.Domain.Statements;

/// <summary>
/// The one door to the parsers: detects the format from the content and reads the file as a stream
/// of items. Whatever the file holds, reading never throws: every failure becomes a fatal
/// <see cref="StatementProblem"/> naming the line or element and the reason, after which nothing follows.
/// </summary>
public static class StatementReader
{
    public static StatementFormat? DetectFormat(Stream stream)
    {
        var head = new byte[StatementFormatDetector.HeadLength];
        var read = 0;
        while (read < head.Length && stream.Read(head, read, head.Length - read) is var n and > 0)
            read += n;
        stream.Position = 0;
        return StatementFormatDetector.Detect(head.AsSpan(0, read));
    }

    /// <summary>Reads a seekable stream: the format is detected first, then the matching parser reads it.</summary>
    public static (StatementFormat? Format, IEnumerable<StatementItem> Items) Read(Stream stream) =>
        Read(stream, (parser, content) => parser.Parse(content));

    /// <summary>The format, and the fatal problem that would stop reading the stream, if any: the check before an import writes anything.</summary>
    public static (StatementFormat? Format, StatementProblem? Fatal) Check(Stream stream)
    {
        var (format, items) = Read(stream, (parser, content) => parser.Check(content));
        return (format, items.OfType<StatementProblem>().FirstOrDefault(p => p.Fatal));
    }

    private static (StatementFormat? Format, IEnumerable<StatementItem> Items) Read(Stream stream, Func<IStatementParser, Stream, IEnumerable<StatementItem>> read)
    {
        var format = DetectFormat(stream);
        if (format is null)
            return (null, [new StatementProblem("start of file",
                "unknown format: not camt.053/.054 XML (by namespace), MT940 or the Scotiabank CSV export", Fatal: true)]);
        return (format, Guard(read(StatementFormatDetector.ParserFor(format.Value), stream)));
    }

    private static IEnumerable<StatementItem> Guard(IEnumerable<StatementItem> items)
    {
        using var e = items.GetEnumerator();
        while (true)
        {
            StatementItem item;
            try
            {
                if (!e.MoveNext()) yield break;
                item = e.Current;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                item = Describe(ex);
            }
            yield return item;
            if (item is StatementProblem { Fatal: true }) yield break;
        }
    }

    private static StatementProblem Describe(Exception e) => e switch
    {
        StatementFormatException f => new StatementProblem(f.Location, f.Reason, Fatal: true),
        XmlException x => new StatementProblem($"line {x.LineNumber}, position {x.LinePosition}", $"XML is not well formed: {FirstSentence(x.Message)}", Fatal: true),
        System.Text.DecoderFallbackException => new StatementProblem("file", "the file is not valid UTF-8 text", Fatal: true),
        _ => new StatementProblem("file", $"{e.GetType().Name}: {e.Message}", Fatal: true),
    };

    private static string FirstSentence(string message) => message.Split(" Line ")[0].TrimEnd('.', ' ');
}
