using System.Text;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Tests.Statements;
using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Words;

/// <summary>A problem of a bank's file is said in Spanish, where and why, as it is in English: the reasons from the
/// catalog, the places word by word.</summary>
public sealed class FileProblemWordsTests
{
    private static string Sample(string name) => File.ReadAllText(Samples.PathOf(name));

    // One broken file per kind of place: an XML position, a camt element, an MT940 tag, a CSV field, a whole line; and
    // a camt entry too large, named inside its reason.
    public static TheoryData<string, string, string> Broken =>
        new()
        {
            {
                Sample("mx/imss-camt053-2026-03-10.xml")[..2000],
                "línea",
                "el XML no está bien formado; el lector de XML dice (en inglés): «Unexpected end of file"
            },
            {
                Sample("mx/imss-camt053-2026-03-10.xml")
                    .Replace("<Amt Ccy=\"MXN\">11434.92</Amt>", "<Amt Ccy=\"MXN\">11,434.92</Amt>"),
                "Stmt[1]/Ntry[2] (línea ",
                "el importe «11,434.92» no es un número"
            },
            {
                Sample("mx/imss-mt940-year-end.sta")
                    .Replace(
                        ":61:2512310102C2098,13NTRF1234567//SCO2601020001",
                        ":61:25123X0102C2098,13NTRF1234567//SCO2601020001"
                    ),
                "línea 9 (:61:)",
                "«:61:25123X"
            },
            {
                "2026/01/02,00000000000000123456,19O5.82,Abono,X,,,",
                "línea 1, campo 3",
                "el importe «19O5.82» no es un número con punto decimal"
            },
            { SevenFields(), "línea 2", "7 campos; se esperaban 8" },
            {
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                    + "<BkToCstmrStmt><Stmt><Ntry>"
                    + string.Concat(Enumerable.Repeat("<A/>", 10_001))
                    + "</Ntry></Stmt></BkToCstmrStmt></Document>",
                "línea 1, posición ",
                "Stmt[1]/Ntry[1] (línea 1) contiene más de 10,000 nodos: no es un estado de cuenta"
            },
        };

    private static string SevenFields()
    {
        var lines = Sample("mx/imss-scotiabank-2026-01.csv").Split('\n');
        lines[1] = string.Join(',', lines[1].Split(',').Take(7));
        return string.Join('\n', lines);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_problem_is_said_in_spanish_where_and_why(string file, string where, string why)
    {
        var problem = Samples.Read(Encoding.UTF8.GetBytes(file)).Items.OfType<StatementProblem>().First();

        Assert.StartsWith(where, Locations.In(problem.Location, Language.Spanish));
        Assert.StartsWith(why, problem.Why.In(Language.Spanish));
        Assert.Equal(problem.Location, Locations.In(problem.Location, Language.English));
        Assert.Equal(problem.Reason, problem.Why.In(Language.English));
    }

    [Theory]
    [InlineData("start of file", "inicio del archivo")]
    [InlineData("file", "archivo")]
    [InlineData("line 3, position 17", "línea 3, posición 17")]
    [InlineData("statement 2", "estado de cuenta 2")]
    [InlineData("statement 2 of account 012180001234567891", "estado de cuenta 2 de la cuenta 012180001234567891")]
    [InlineData("Stmt[1]/Ntry[3] (line 40) (remainder)", "Stmt[1]/Ntry[3] (línea 40) (resto)")]
    [InlineData("byte 1,048,577", "byte 1,048,577")]
    public void Every_kind_of_place_is_said_in_spanish(string english, string spanish) =>
        Assert.Equal(spanish, Locations.In(english, Language.Spanish));

    [Fact]
    public void A_problem_met_again_is_counted_once_whether_or_not_it_was_kept_with_its_phrase()
    {
        var phrase = new Phrase("file-empty");
        var report = new Reconciliation.Domain.Statements.Import.StatementImportReport();
        report.AddProblem(new("line 1", "the file is empty", Fatal: true)); // as kept before phrases
        report.AddProblem(Reconciliation.Domain.Statements.Import.ImportProblem.Of("line 1", phrase, fatal: true));

        Assert.Equal(1, report.Errors);
        Assert.Single(report.Problems);
    }
}
