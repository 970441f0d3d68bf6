using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reconciliation.Domain;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Web.Pages;

/// <summary>Today: the files last received with what their import made of them, and the open queue by kind.</summary>
public sealed class IndexModel(IQuerySession session) : PageModel
{
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
    }

    public static string Status(StatementFileStatus status) => JsonNames.Of(status);
}
