using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reconciliation.Domain;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Api.Web.Pages;

/// <summary>The exception queue, oldest first, by kind and status, as <c>GET /api/exceptions</c> lists it.</summary>
public sealed class QueueModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public bool Awaiting { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IPagedList<ExceptionItem>? Items { get; private set; }

    public static IReadOnlyList<string> Kinds => JsonNames.All<ExceptionKind>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        IQueryable<ExceptionItem> query = session.Query<ExceptionItem>();
        if (JsonNames.Parse<ExceptionKind>(Kind) is { } kind)
            query = query.Where(i => i.Kind == kind);
        if (Status != "all" && JsonNames.Parse<ExceptionStatus>(Status) is { } status)
            query = query.Where(i => i.Status == status);
        if (Awaiting)
            query = query.Where(i => i.Approval != null);
        Items = await query
            .OrderBy(i => i.RaisedAt)
            .ThenBy(i => i.Id)
            .ToPagedListAsync(Math.Max(1, PageNumber), 50, ct);
    }
}
