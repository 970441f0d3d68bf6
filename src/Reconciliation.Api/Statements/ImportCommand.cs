using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Statements;

/// <summary>
/// <c>import FILE...</c>: the operators' door to the import pipeline. Starts the application
/// (without serving HTTP to the outside or running jobs), imports each file, prints each report.
/// Exit code 0 when every file is imported without errors (or was already), 1 when one failed or had
/// lines in error (listed), 2 on misuse.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    /// <summary>Settings of a process that only runs the command.</summary>
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["Jobs:RunServer"] = "false",
        ["Jobs:Dashboard"] = "false",
        // A command's short life is not the place to resume other files: the server's sweeper does.
        ["Statements:SweepOnStartup"] = "false",
    };

    public static async Task<int> RunAsync(WebApplication app, string[] files)
    {
        if (files.Length == 0)
        {
            Console.Error.WriteLine("usage: import FILE [FILE...]");
            return 2;
        }
        await app.StartAsync();
        var importer = app.Services.GetRequiredService<StatementImporter>();
        var failed = false;
        foreach (var path in files)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file");
                failed = true;
                continue;
            }
            await using var stream = File.OpenRead(path);
            StatementImportResult result;
            try
            {
                result = await importer.ImportAsync(
                    stream,
                    Path.GetFileName(path),
                    "command-line",
                    CancellationToken.None
                );
            }
            catch (StatementTooLargeException e)
            {
                Console.Error.WriteLine($"{path}: {e.Message}");
                failed = true;
                continue;
            }
            var r = result.File.Report;
            Console.WriteLine($"{path}: {result.Outcome} — {result.Message}");
            Console.WriteLine(
                $"  file {result.File.Id}, {r.Format}, {r.Lines} lines, {r.Credits} credits, {r.Debits} debits, "
                    + $"{r.Deposits} new deposits ({r.DepositTotal:N2}), {r.Confirmed} confirmed, {r.Duplicates} "
                    + $"duplicates, {r.Errors} errors"
            );
            await using (var session = app.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession())
                r.Statements = await StatementRecord.OfFileAsync(
                    session,
                    result.File,
                    CancellationToken.None,
                    take: 1000
                );
            foreach (var s in r.Statements)
                Console.WriteLine(
                    $"  statement {s.Ordinal}: account {s.Account ?? "?"}, sequence {s.SequenceNumber ?? "-"}, "
                        + $"balance {s.BalanceCheck}, continuity {s.Continuity}"
                );
            foreach (var p in r.Problems)
                Console.WriteLine($"  {(p.Fatal ? "fatal" : "error")}: {p.Location}: {p.Reason}");
            failed |=
                result.Outcome is ImportOutcome.Failed or ImportOutcome.InProgress or ImportOutcome.ImportedWithErrors;
        }
        await app.StopAsync();
        return failed ? 1 : 0;
    }
}
