using System.Xml;
using Reconciliation.Domain.Statements.Parsers;
using Reconciliation.Domain.Words;

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
    public static (StatementFormat? Format, IEnumerable<StatementItem> Items) Read(
        Stream stream,
        StatementLimits? limits = null
    ) => Read(stream, limits, (parser, content) => parser.Parse(content));

    /// <summary>The format, and the fatal problem that would stop reading the stream, if any: the check before an
    /// import writes anything.</summary>
    public static (StatementFormat? Format, StatementProblem? Fatal) Check(
        Stream stream,
        StatementLimits? limits = null
    )
    {
        var (format, items) = Read(stream, limits, (parser, content) => parser.Check(content));
        return (format, items.OfType<StatementProblem>().FirstOrDefault(p => p.Fatal));
    }

    private static (StatementFormat? Format, IEnumerable<StatementItem> Items) Read(
        Stream stream,
        StatementLimits? limits,
        Func<IStatementParser, Stream, IEnumerable<StatementItem>> read
    )
    {
        var format = DetectFormat(stream);
        if (format is null)
            return (null, [new StatementProblem("start of file", new Phrase("unknown-format"), Fatal: true)]);
        return (format, Guard(read(StatementFormatDetector.ParserFor(format.Value, limits), stream)));
    }

    private static IEnumerable<StatementItem> Guard(IEnumerable<StatementItem> items)
    {
        using var e = items.GetEnumerator();
        while (true)
        {
            StatementItem item;
            try
            {
                if (!e.MoveNext())
                    yield break;
                item = e.Current;
            }
            catch (InsufficientExecutionStackException ex)
            {
                item = Describe(ex);
            }
            catch (OutOfMemoryException)
            {
                // The limits (StatementLimits) are meant to make this unreachable; if a shape slips through them, the
                // file is refused, not the process brought down with it.
                item = new StatementProblem("file", new Phrase("too-much-memory"), Fatal: true);
            }
            catch (Exception ex)
            {
                item = Describe(ex);
            }
            yield return item;
            if (item is StatementProblem { Fatal: true })
                yield break;
        }
    }

    private static StatementProblem Describe(Exception e) =>
        e switch
        {
            StatementFormatException f => StatementProblem.Of(f, fatal: true),
            XmlException x => new StatementProblem(
                $"line {x.LineNumber}, position {x.LinePosition}",
                new Phrase("xml-not-well-formed", FirstSentence(x.Message)),
                Fatal: true
            ),
            System.Text.DecoderFallbackException => new StatementProblem("file", new Phrase("not-utf8"), Fatal: true),
            _ => new StatementProblem("file", new Phrase("unreadable", e.GetType().Name, e.Message), Fatal: true),
        };

    private static string FirstSentence(string message) => message.Split(" Line ")[0].TrimEnd('.', ' ');
}
