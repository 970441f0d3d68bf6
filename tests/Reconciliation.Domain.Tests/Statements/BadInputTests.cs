using System.Text;
using Reconciliation.Domain.Statements;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>Broken files never crash the reading: each problem names the place and the reason.</summary>
public sealed class BadInputTests
{
    private static (StatementFormat? Format, List<StatementItem> Items) Read(string text) =>
        Samples.Read(Encoding.UTF8.GetBytes(text));

    private static string Camt053 => File.ReadAllText(Samples.PathOf("mx/imss-camt053-2026-03-10.xml"));
    private static string Mt940 => File.ReadAllText(Samples.PathOf("mx/imss-mt940-year-end.sta"));
    private static string Csv => File.ReadAllText(Samples.PathOf("mx/imss-scotiabank-2026-01.csv"));

    [Fact]
    public void Truncated_XML_is_a_fatal_problem_with_line_and_position()
    {
        var (_, items) = Read(Camt053[..(Camt053.Length / 2)]);
        var problem = items.Problems().Single();
        Assert.True(problem.Fatal);
        Assert.Matches(@"^line \d+, position \d+$", problem.Location);
        Assert.Contains("not well formed", problem.Reason);
        Assert.IsType<StatementProblem>(items[^1]);
    }

    [Fact]
    public void An_unknown_camt_namespace_is_an_unknown_format()
    {
        var (format, items) = Read(Camt053.Replace("camt.053.001.08", "camt.055.001.08"));
        Assert.Null(format);
        Assert.Contains("unknown format", items.Problems().Single().Reason);
    }

    [Fact]
    public void A_root_in_the_wrong_namespace_is_refused()
    {
        var text = Camt053.Replace(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">",
            "<Document xmlns:x=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\" xmlns=\"urn:example\">"
        );
        var problem = Read(text).Items.Problems().Single();
        Assert.True(problem.Fatal);
        Assert.Contains(
            "no Document in namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN (the root element is "
                + "{urn:example}Document",
            problem.Reason
        );
    }

    [Fact]
    public void A_non_numeric_camt_amount_is_named_and_the_other_entries_still_read()
    {
        var (_, items) = Read(Camt053.Replace("<Amt Ccy=\"MXN\">11434.92</Amt>", "<Amt Ccy=\"MXN\">11,434.92</Amt>"));
        var problem = items.Problems().Single();
        Assert.False(problem.Fatal);
        Assert.StartsWith("Stmt[1]/Ntry[2] (line ", problem.Location);
        Assert.Contains("'11,434.92' is not a number", problem.Reason);
        Assert.Equal(6, items.Lines().Count);
    }

    [Fact]
    public void A_batch_whose_parts_fall_short_of_the_entry_keeps_the_remainder_as_a_line()
    {
        var (_, items) = Read(Camt053.Replace("<Amt Ccy=\"MXN\">3500.00</Amt>", "<Amt Ccy=\"MXN\">3600.00</Amt>"));
        var remainder = items.Lines().Single(l => l.Location.EndsWith("(remainder)"));
        Assert.Equal(100.00m, remainder.Amount);
        Assert.Contains("difference 100.00", items.Problems().Single().Reason);
    }

    [Fact]
    public void An_unparseable_61_line_is_named_by_its_line_and_the_rest_is_read()
    {
        var (_, items) = Read(
            Mt940.Replace(
                ":61:2512310102C2098,13NTRF1234567//SCO2601020001",
                ":61:25123X0102C2098,13NTRF1234567//SCO2601020001"
            )
        );
        var problem = items.Problems().Single();
        Assert.Equal("line 9 (:61:)", problem.Location);
        Assert.False(problem.Fatal);
        Assert.Equal(4, items.Lines().Count);
    }

    [Fact]
    public void An_impossible_date_is_named()
    {
        var (_, items) = Read(Mt940.Replace(":61:260102C119,NTRF", ":61:260230C119,NTRF"));
        Assert.Contains("value date '260230' is not a date", items.Problems().Single().Reason);
    }

    [Fact]
    public void An_MT940_amount_without_decimal_comma_is_named()
    {
        var (_, items) = Read(Mt940.Replace(":60F:C251230MXN980000,00", ":60F:C251230MXN980000.00"));
        Assert.Contains("is not D/C + YYMMDD + currency + amount", items.Problems().First().Reason);
    }

    [Fact]
    public void A_csv_line_with_7_fields_is_named_and_the_others_are_read()
    {
        var lines = Csv.Split('\n');
        lines[1] = string.Join(',', lines[1].Split(',').Take(7));
        var (_, items) = Read(string.Join('\n', lines));
        var problem = items.Problems().Single();
        Assert.Equal("line 2", problem.Location);
        Assert.Contains("7 fields, expected 8", problem.Reason);
        Assert.Equal(3, items.Lines().Count);
    }

    [Theory]
    [InlineData("2026/01/02,00000000000000123456,19O5.82,Abono,X,,,", "line 1, field 3", "is not a number")]
    [InlineData("2026/02/30,00000000000000123456,1905.82,Abono,X,,,", "line 1, field 1", "is not a date")]
    [InlineData("2026/01/02,00000000000000123456,1905.82,Credit,X,,,", "line 1, field 4", "neither Cargo nor Abono")]
    public void Bad_csv_fields_are_named(string line, string location, string reason)
    {
        var problem = Read(line).Items.Problems().Single();
        Assert.Equal(location, problem.Location);
        Assert.Contains(reason, problem.Reason);
    }

    [Fact]
    public void Bytes_neither_UTF8_nor_Windows_1252_are_a_fatal_problem_naming_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv).ToList();
        var secondLine = bytes.IndexOf((byte)'\n') + 1;
        // 0x81 begins no UTF-8 character and means nothing in Windows-1252 (a file of bytes 0xC3 0x28 is read as
        // Windows-1252).
        bytes.InsertRange(secondLine + 40, new byte[] { 0x81, 0x28 });
        var (_, items) = Samples.Read(bytes.ToArray());
        var problem = items.Problems().Single();
        Assert.True(problem.Fatal);
        Assert.Equal("line 2", problem.Location);
        Assert.Contains("not valid UTF-8", problem.Reason);
        Assert.Single(items.Lines());
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("%PDF-1.7 binary")]
    [InlineData("<html><body>not a statement</body></html>")]
    public void Unknown_content_is_an_unknown_format(string text)
    {
        var (format, items) = Read(text);
        Assert.Null(format);
        var problem = items.Problems().Single();
        Assert.True(problem.Fatal);
        Assert.Contains("unknown format", problem.Reason);
    }

    [Fact]
    public void A_document_type_definition_is_refused_so_entities_cannot_expand()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>&lol2;</Id></Stmt></BkToCstmrStmt></Document>
            """;
        var problem = Read(bomb).Items.Problems().Single();
        Assert.True(problem.Fatal);
        Assert.Contains("DTD", problem.Reason);
    }
}
