using Reconciliation.Domain.Statements;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>The sample files of the tests (public ones with their provenance in Samples/public/README.md).</summary>
public static class Samples
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Statements", "Samples", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static (StatementFormat? Format, List<StatementItem> Items) Read(string name) => Read(Bytes(name));

    public static (StatementFormat? Format, List<StatementItem> Items) Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var (format, items) = StatementReader.Read(stream);
        return (format, items.ToList());
    }

    public static (StatementFormat? Format, StatementProblem? Fatal) Check(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return StatementReader.Check(stream);
    }

    public static List<StatementLine> Lines(this List<StatementItem> items) => items.OfType<StatementLine>().ToList();

    public static List<StatementProblem> Problems(this List<StatementItem> items) =>
        items.OfType<StatementProblem>().ToList();
}
