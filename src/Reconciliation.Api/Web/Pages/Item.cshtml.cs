using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Exceptions.Applying;
using Reconciliation.Api.Exceptions.Approving;
using Reconciliation.Api.Exceptions.Assigning;
using Reconciliation.Api.Exceptions.Closing;
using Reconciliation.Api.Exceptions.Duplicates;
using Reconciliation.Api.Exceptions.Keeping;
using Reconciliation.Api.Exceptions.Refunding;
using Reconciliation.Api.Exceptions.Returning;
using Reconciliation.Api.Exceptions.Splitting;
using Reconciliation.Api.Security;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Matching;

namespace Reconciliation.Api.Web.Pages;

/// <summary>
/// One queue item: the deposit, why it is here, the suggestions, what was decided; and, for an operator, the decisions
/// its kind takes, each a form that runs its API endpoint's code (<see cref="ConsoleDecisions"/>). After a decision,
/// the next open item is one key away (<c>accesskey="n"</c>).
/// </summary>
public sealed class ItemModel(IDocumentSession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ExceptionItem? Item { get; private set; }
    public Deposit? Deposit { get; private set; }
    public string? Next { get; private set; }
    public DecisionOutcome? Outcome { get; private set; }

    public bool MayDecide => User.IsInRole(ApiRoles.Operator);

    public bool MayApprove =>
        User.IsInRole(ApiRoles.Approver) && Item?.Approval is { } pending && pending.RequestedBy != User.Identity?.Name;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(
        string decision,
        string? reason,
        string? nss,
        string? month,
        decimal? amount,
        string? rest,
        string? depositId,
        CancellationToken ct
    )
    {
        if (!User.IsInRole(ApiRoles.Operator))
            return Forbid();
        var request = new DecisionRequest(reason, Blank(nss), Blank(month), amount, Blank(rest));
        Outcome = await ConsoleDecisions.RunAsync(
            session,
            Id,
            ConsoleText.For(HttpContext),
            () => DecideAsync(decision, request, depositId, ct),
            ct
        );
        await LoadAsync(ct);
        if (!Outcome.Taken)
            Response.StatusCode = Outcome.Status;
        return Page();
    }

    private Task<IResult> DecideAsync(string decision, DecisionRequest request, string? depositId, CancellationToken ct)
    {
        var services = HttpContext.RequestServices;
        T Get<T>()
            where T : notnull => services.GetRequiredService<T>();
        var clock = Get<TimeProvider>();
        return decision switch
        {
            "assign" => AssignEndpoint.Post(
                Id,
                request,
                HttpContext,
                session,
                Get<IDocumentStore>(),
                Get<DepositMatching>(),
                clock,
                ct
            ),
            "apply" => ApplyEndpoint.Post(
                Id,
                request,
                HttpContext,
                session,
                Get<FeeCalculator>(),
                Get<CoveragePolicy>(),
                clock,
                ct
            ),
            "refund" => RefundEndpoint.Post(Id, request, HttpContext, session, Get<SecuritySettings>(), clock, ct),
            "keep" => KeepEndpoint.Post(Id, request, HttpContext, session, clock, ct),
            "split" => SplitEndpoint.Post(
                Id,
                request,
                HttpContext,
                session,
                Get<FeeCalculator>(),
                Get<CoveragePolicy>(),
                Get<SecuritySettings>(),
                clock,
                ct
            ),
            "close" => CloseEndpoint.Post(Id, request, HttpContext, session, clock, ct),
            "return" => ReturnEndpoint.Post(
                Id,
                new ReturnRequest(request.Reason, depositId),
                HttpContext,
                session,
                Get<IDocumentStore>(),
                Get<ReversalMatching>(),
                clock,
                ct
            ),
            "same" => SameCreditEndpoint.Same(
                Id,
                new DuplicateRequest(request.Reason, depositId),
                HttpContext,
                session,
                clock,
                ct
            ),
            "different" => SameCreditEndpoint.Different(
                Id,
                new DuplicateRequest(request.Reason),
                HttpContext,
                session,
                Get<IDocumentStore>(),
                Get<DepositMatching>(),
                clock,
                ct
            ),
            "approve" when User.IsInRole(ApiRoles.Approver) => ApproveEndpoint.Approve(
                Id,
                request,
                HttpContext,
                session,
                Get<FeeCalculator>(),
                Get<CoveragePolicy>(),
                Get<SecuritySettings>(),
                clock,
                ct
            ),
            "reject" when User.IsInRole(ApiRoles.Approver) => ApproveEndpoint.Reject(
                Id,
                request,
                HttpContext,
                session,
                clock,
                ct
            ),
            _ => Task.FromResult(
                Setup.Problems.Result(Setup.Problems.Validation("decision", $"no decision '{decision}' here"))
            ),
        };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await using var read = session.DocumentStore.QuerySession();
        Item = await read.LoadAsync<ExceptionItem>(Id, ct);
        if (Item?.DepositId is { } deposit)
            Deposit = await read.LoadAsync<Deposit>(deposit, ct);
        Next = await read.Query<ExceptionItem>()
            .Where(i => i.Status == ExceptionStatus.Open && i.Id != Id)
            .OrderBy(i => i.RaisedAt)
            .ThenBy(i => i.Id)
            .Select(i => i.Id)
            .FirstOrDefaultAsync(ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
