using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>The operators' command line, run as its own process against this class's database.</summary>
public sealed class ImportCommandTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<(int ExitCode, string Output)> RunAsync(params string[] files) =>
        CommandLine.RunAsync(app, ["import", .. files]);

    [Fact]
    public async Task The_import_command_imports_files_and_prints_their_reports()
    {
        var (code, output) = await RunAsync(
            SampleFiles.PathOf("mx/imss-camt054-2026-03-10.xml"),
            SampleFiles.PathOf("mx/imss-mt940-year-end.sta")
        );

        Assert.True(code == 0, output);
        Assert.Contains("imss-camt054-2026-03-10.xml: Imported", output);
        Assert.Contains("2 new deposits (13,340.74)", output);
        Assert.Contains("imss-mt940-year-end.sta: Imported", output);
        Assert.Equal(5, (await app.Host.DepositsAsync()).Count);

        var (again, second) = await RunAsync(SampleFiles.PathOf("mx/imss-camt054-2026-03-10.xml"));
        Assert.Equal(0, again);
        Assert.Contains("AlreadyImported", second);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_makes_the_command_fail_with_the_reason()
    {
        var broken = Path.Combine(app.StatementsRoot, "broken.csv");
        await File.WriteAllTextAsync(broken, "2026/01/02,1,2,3\n\u00ff");
        var (code, output) = await RunAsync(broken);
        Assert.Equal(1, code);
        Assert.Contains("error: line 1: 4 fields, expected 8", output);

        var (missing, text) = await RunAsync(Path.Combine(app.StatementsRoot, "nope.xml"));
        Assert.Equal(1, missing);
        Assert.Contains("no such file", text);
    }
}
