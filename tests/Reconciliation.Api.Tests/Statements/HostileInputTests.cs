using System.Text;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Domain.Deposits;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>
/// The corpus of malformed and hostile files (Statements/Hostile, and larger ones made here): each is
/// refused as a whole with a clear reason, kept in failed/ with its error, and nothing of it is written.
/// </summary>
public sealed class HostileInputTests(AppFixture app, Xunit.Abstractions.ITestOutputHelper output)
    : IClassFixture<AppFixture>
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["billion-laughs.xml"] = "DTD",
        ["external-entity.xml"] = "DTD",
        ["truncated-camt.xml"] = "XML is not well formed",
        ["not-text.csv"] = "not valid UTF-8",
        ["utf16.csv"] = "unknown format",
        ["binary.bin"] = "unknown format",
        ["empty.sta"] = "unknown format",
        ["nul-bytes.sta"] = "NUL byte",
        ["huge-line.sta"] = "line longer than",
        ["deep-nesting.xml"] = "nested deeper than 32",
        ["huge-text-node.xml"] = "more than 1,048,576 bytes without markup",
        ["long-text.xml"] = "a text longer than 100,000 characters",
        ["random-1mb.bin"] = "unknown format",
        // Shapes that would hold memory without end, each refused at its limit (StatementLimits), naming it.
        ["endless-field.sta"] = "runs over 200 lines (Statements:Limits:MaxFieldLines)",
        ["long-field.sta"] = "runs over 20,000 characters (Statements:Limits:MaxFieldCharacters)",
        ["many-header-elements.xml"] = "more than 1,000 elements besides its entries",
        ["many-entry-elements.xml"] = "holds more than 10,000 nodes",
        ["many-cdata-sections.xml"] = "holds more than 10,000 nodes",
        ["text-with-gt.xml"] = "without markup",
        ["cdata-with-lt.xml"] = "without markup",
        ["comment-with-gt.xml"] = "without markup",
        ["huge-element-name.xml"] = "without markup",
        ["huge-attribute.xml"] = "without markup",
        ["many-attributes.xml"] = "attributes, over 32",
        ["long-name.xml"] = "name longer than 256",
    };

    private const string CamtStart =
        """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>"""
        + """<Stmt>""";
    private const string CamtEnd = "</Stmt></BkToCstmrStmt></Document>";

    private static void WriteCamt(string path, Action<StreamWriter> body)
    {
        using var writer = new StreamWriter(path);
        writer.Write(CamtStart);
        body(writer);
        writer.Write(CamtEnd);
    }

    private static void WriteHoldingShapes(string inbox)
    {
        using (var mt = new StreamWriter(Path.Combine(inbox, "endless-field.sta")))
        {
            mt.Write(":20:X\n:25:044180001068672782\n:60F:C260101MXN0,\n:61:2601020102C100,00NTRFREF\n:86:PAGO\n");
            for (var i = 0; i < 100_000; i++)
                mt.Write("MAS\n");
        }
        using (var mt = new StreamWriter(Path.Combine(inbox, "long-field.sta")))
        {
            mt.Write(":20:X\n:25:044180001068672782\n:60F:C260101MXN0,\n:61:2601020102C100,00NTRFREF\n:86:PAGO\n");
            for (var i = 0; i < 100; i++)
                mt.Write(new string('A', 5_000) + "\n");
        }
        WriteCamt(Path.Combine(inbox, "many-header-elements.xml"), w =>
        {
            for (var i = 0; i < 20_000; i++)
                w.Write("<AddtlStmtInf>x</AddtlStmtInf>");
        });
        WriteCamt(Path.Combine(inbox, "many-entry-elements.xml"), w =>
        {
            w.Write("<Ntry><Amt Ccy=\"MXN\">1.00</Amt>");
            for (var i = 0; i < 50_000; i++)
                w.Write("<X/>");
            w.Write("</Ntry>");
        });
        WriteCamt(Path.Combine(inbox, "huge-element-name.xml"), w =>
        {
            w.Write("<Id");
            for (var i = 0; i < 3; i++)
                w.Write(new string('A', 1 << 20));
            w.Write("/>");
        });
        WriteCamt(Path.Combine(inbox, "huge-attribute.xml"), w =>
        {
            w.Write("<Id a=\"");
            for (var i = 0; i < 3; i++)
                w.Write(new string('A', 1 << 20));
            w.Write("\"/>");
        });
        WriteCamt(Path.Combine(inbox, "many-attributes.xml"), w =>
        {
            w.Write("<Id");
            for (var i = 0; i < 1000; i++)
                w.Write($" a{i}=\"1\"");
            w.Write("/>");
        });
        // '>' is allowed in a text, and CDATA and comments may hold '<': none of them ends a run.
        WriteCamt(Path.Combine(inbox, "text-with-gt.xml"), w =>
        {
            w.Write("<Id>");
            for (var i = 0; i < 1_000_000; i++)
                w.Write("ab>");
            w.Write("</Id>");
        });
        WriteCamt(Path.Combine(inbox, "cdata-with-lt.xml"), w =>
        {
            w.Write("<Id><![CDATA[");
            for (var i = 0; i < 1_000_000; i++)
                w.Write("a<b");
            w.Write("]]></Id>");
        });
        WriteCamt(Path.Combine(inbox, "comment-with-gt.xml"), w =>
        {
            w.Write("<!--");
            for (var i = 0; i < 1_000_000; i++)
                w.Write("a<b>");
            w.Write("--><Id>x</Id>");
        });
        WriteCamt(Path.Combine(inbox, "many-cdata-sections.xml"), w =>
        {
            w.Write("<Ntry><Amt Ccy=\"MXN\">1.00</Amt><AddtlNtryInf>");
            for (var i = 0; i < 50_000; i++)
                w.Write("<![CDATA[x]]>");
            w.Write("</AddtlNtryInf></Ntry>");
        });
        WriteCamt(Path.Combine(inbox, "long-text.xml"), w => w.Write($"<Id>{new string('T', 300_000)}</Id>"));
        WriteCamt(Path.Combine(inbox, "long-name.xml"), w => w.Write($"<{new string('N', 1000)}/>"));
    }

    private static void WriteLarge(string inbox)
    {
        using (var huge = File.Create(Path.Combine(inbox, "huge-line.sta")))
        {
            huge.Write(":20:X\n:25:044180001068672782\n:86:"u8);
            var chunk = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
            for (var i = 0; i < 30; i++)
                huge.Write(chunk);
        }
        using (var deep = new StreamWriter(Path.Combine(inbox, "deep-nesting.xml")))
        {
            deep.Write(
                """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">"""
                    + """<BkToCstmrStmt><Stmt>"""
            );
            for (var i = 0; i < 100_000; i++)
                deep.Write("<Ntry>");
            for (var i = 0; i < 100_000; i++)
                deep.Write("</Ntry>");
            deep.Write("</Stmt></BkToCstmrStmt></Document>");
        }
        using (var text = new StreamWriter(Path.Combine(inbox, "huge-text-node.xml")))
        {
            text.Write(
                """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">"""
                    + """<BkToCstmrStmt><Stmt><Id>"""
            );
            var chunk = new string('A', 1 << 20);
            for (var i = 0; i < 20; i++)
                text.Write(chunk);
            text.Write("</Id></Stmt></BkToCstmrStmt></Document>");
        }
        var random = new Random(11);
        var bytes = new byte[1 << 20];
        random.NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(inbox, "random-1mb.bin"), bytes);
    }

    [Fact]
    public async Task Every_hostile_file_is_refused_with_its_reason_kept_in_failed_and_nothing_is_written()
    {
        var inbox = Path.Combine(app.StatementsRoot, "inbox");
        Directory.CreateDirectory(inbox);
        foreach (
            var file in Directory
                .GetFiles(Path.Combine(AppContext.BaseDirectory, "Statements", "Hostile"))
                .Where(f => !f.EndsWith(".md"))
        )
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        WriteLarge(inbox);
        WriteHoldingShapes(inbox);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await app.Host.Services.GetRequiredService<NightlyImportJob>().RunAsync(CancellationToken.None);
        output.WriteLine($"import job: {watch.Elapsed}");

        var failed = Path.Combine(app.StatementsRoot, "failed");
        var reasons = Expected.Keys.ToDictionary(
            f => f,
            f =>
                File.Exists(Path.Combine(failed, f + ".error.txt"))
                    ? File.ReadAllText(Path.Combine(failed, f + ".error.txt"))
                    : "(not in failed/)"
        );
        var report = string.Join("\n", reasons.Select(r => $"{r.Key}: {r.Value.ReplaceLineEndings(" | ")}"));
        output.WriteLine(report);
        foreach (var (file, reason) in Expected)
        {
            Assert.True(File.Exists(Path.Combine(failed, file)), $"{file} is not kept in failed/:\n{report}");
            Assert.Contains(reason, reasons[file], StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.False(
            Directory.Exists(Path.Combine(app.StatementsRoot, "archive"))
                && Directory
                    .EnumerateFiles(Path.Combine(app.StatementsRoot, "archive"), "*", SearchOption.AllDirectories)
                    .Any()
        );

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal(0, await session.Query<StatementEntry>().CountAsync());
        Assert.Equal(0, await session.Query<Deposit>().CountAsync());
        var files = await session.Query<StatementFile>().ToListAsync();
        Assert.All(files, f => Assert.Equal(StatementFileStatus.Failed, f.Status));
        Assert.Equal(Expected.Count, files.Count);
    }
}
