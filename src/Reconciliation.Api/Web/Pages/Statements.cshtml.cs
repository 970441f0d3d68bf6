using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reconciliation.Api.Security;
using Reconciliation.Api.Statements;
using Reconciliation.Jobs.Statements;
using Wolverine;

namespace Reconciliation.Api.Web.Pages;

/// <summary>The statement files, newest first; one file's report (the API's own answer) with its statements, balances,
/// continuity and problems; and, for an operator, the retry of a file not imported to its end.</summary>
public sealed class StatementsModel(IDocumentSession session, StatementsSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>An upload refused before its file was kept (<see cref="ConsoleUpload.TooLarge"/>,
    /// <see cref="ConsoleUpload.NoFile"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Refused { get; set; }

    /// <summary>The upload's content was received before.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Again { get; set; }

    public long MaxFileBytes => settings.MaxFileBytes;

    public IPagedList<StatementFile>? Files { get; private set; }
    public StatementFileResponse? Statement { get; private set; }
    public bool Retried { get; private set; }

    public bool MayRetry =>
        User.IsInRole(ApiRoles.Operator)
        && Statement is { Status: not (StatementFileStatus.Imported or StatementFileStatus.ImportedWithErrors) };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        if (!User.IsInRole(ApiRoles.Operator) || Id is not { } id)
            return Forbid();
        var services = HttpContext.RequestServices;
        // The retry waits for the import as the API's does; the page then shows the file as it is.
        await RetryEndpoint.Retry(
            id,
            HttpContext,
            services.GetRequiredService<IDocumentStore>(),
            services.GetRequiredService<IMessageBus>(),
            services.GetRequiredService<ImportSignals>(),
            services.GetRequiredService<StatementsSettings>(),
            ct
        );
        Retried = true;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await StatementEndpoints.Get(id, session, ct) is Ok<StatementFileResponse> { Value: { } file })
                Statement = file;
            return;
        }
        Files = await session
            .Query<StatementFile>()
            .OrderByDescending(f => f.ReceivedAt)
            .ToPagedListAsync(Math.Max(1, PageNumber), 50, ct);
    }
}
