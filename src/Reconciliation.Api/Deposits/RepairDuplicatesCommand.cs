using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.Deposits;

namespace Reconciliation.Api.Deposits;

/// <summary>
/// <c>Reconciliation.Api.dll repair-duplicates</c> lists the deposits counted twice (a dry run, the default);
/// <c>repair-duplicates --reverse DEPOSIT_ID --reason "..." --operator NAME</c> takes one back.
/// </summary>
public static class RepairDuplicatesCommand
{
    public const string Name = "repair-duplicates";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var repair = app.Services.GetRequiredService<DuplicateRepair>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Option("--reverse") is { } depositId)
        {
            if (Option("--reason") is not { Length: > 0 } reason || Option("--operator") is not { Length: > 0 } name)
            {
                Console.Error.WriteLine(
                    "repair-duplicates --reverse DEPOSIT_ID needs --reason \"...\" and --operator NAME"
                );
                return 2;
            }
            var reversed = await repair.ReverseAsync(
                depositId,
                new DecisionBy(name, reason, MexicoCity.Today(clock)),
                CancellationToken.None
            );
            Console.WriteLine(
                reversed is null
                    ? $"{depositId} is not listed as counted twice: nothing changed"
                    : $"taken back: {Line(reversed)}"
            );
            return reversed is null ? 1 : 0;
        }
        var found = await repair.FindAsync(CancellationToken.None);
        foreach (var pair in found)
            Console.WriteLine(Line(pair));
        Console.WriteLine(
            $"{found.Count} deposit(s) counted twice (dry run: nothing changed; --reverse DEPOSIT_ID to take one back)"
        );
        return 0;
    }

    private static string Line(CountedTwice c) =>
        $"{c.DuplicateId} ({c.Amount:N2}, {c.ValueDate:yyyy-MM-dd}, worker {c.Nss ?? "none"}, months "
        + $"{string.Join(" ", c.MonthsBought)}) is the same credit as {c.OriginalId}";
}
