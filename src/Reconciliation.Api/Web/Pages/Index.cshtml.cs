using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using Reconciliation.Domain;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Notices;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Web.Pages;

/// <summary>Today: the files last received with what their import made of them, and the open queue by kind.</summary>
public sealed class IndexModel(IQuerySession session, NpgsqlDataSource database, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ChartDay> Chart { get; private set; } = [];
    public IReadOnlyDictionary<Guid, (string Balance, string Continuity)> Checks { get; private set; } =
        new Dictionary<Guid, (string, string)>();
    public IReadOnlyList<(string Status, int Count)> Notices { get; private set; } = [];

    public IReadOnlyList<StatementFile> Files { get; private set; } = [];
    public IReadOnlyList<(string Kind, int Open)> Queue { get; private set; } = [];
    public int AwaitingApproval { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Files = await session.Query<StatementFile>().OrderByDescending(f => f.ReceivedAt).Take(20).ToListAsync(ct);
        var queue = new List<(string, int)>();
        foreach (var kind in Enum.GetValues<ExceptionKind>())
            queue.Add(
                (
                    kind.Name(),
                    await session
                        .Query<ExceptionItem>()
                        .CountAsync(i => i.Kind == kind && i.Status == ExceptionStatus.Open, ct)
                )
            );
        Queue = queue;
        AwaitingApproval = await session.Query<ExceptionItem>().CountAsync(i => i.Approval != null, ct);

        // Each file's statements: whether their balances and their sequence add up (the worst one shown).
        var checks = new Dictionary<Guid, (string, string)>();
        foreach (var file in Files)
        {
            var statements = await StatementRecord.OfFileAsync(session, file, ct);
            checks[file.Id] = (
                Worst(statements.Select(s => s.BalanceCheck)),
                Worst(statements.Select(s => s.Continuity))
            );
        }
        Checks = checks;

        var today = MexicoCity.Today(clock);
        var notices = new List<(string, int)>();
        foreach (var status in new[] { NoticeRecord.Scheduled, NoticeRecord.Sent, NoticeRecord.Failing })
            notices.Add(
                (
                    status,
                    await session
                        .Query<NoticeRecord>()
                        .CountAsync(n => n.Status == status && n.Notice.ScheduledOn == today, ct)
                )
            );
        Notices = notices;
        Chart = await ThirtyDays.ReadAsync(database, session.DocumentStore, today, ct);
    }

    public static string Status(StatementFileStatus status) => JsonNames.Of(status);

    /// <summary>"ok" when every statement's check is, else the first that is not ("—" without statements).</summary>
    private static string Worst(IEnumerable<string> checks)
    {
        var all = checks.ToList();
        return all.Count == 0 ? "—" : all.FirstOrDefault(c => c != "ok") ?? "ok";
    }
}
