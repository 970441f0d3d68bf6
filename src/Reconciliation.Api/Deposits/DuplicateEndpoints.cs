using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Deposits;
using Wolverine.Http;

namespace Reconciliation.Api.Deposits;

/// <summary>Body of the repair's confirmation: why the listed deposit is taken back.</summary>
public sealed record RepairRequest(string? Reason);

/// <summary>The repair of credits counted twice (<see cref="DuplicateRepair"/>): a dry-run list, and the confirmation
/// of one.</summary>
public static class DuplicateEndpoints
{
    [WolverineGet(
        "/api/admin/duplicates",
        OperationId = "ListCountedTwice",
        Summary = "List deposits counted twice (dry run)",
        Description = "Deposits of different files that are one credit by the rule, both counted: the later one, the "
            + "original, the months it bought. Nothing changes."
    )]
    [Tags("Repair")]
    [Authorize(Policy = ApiRoles.Admin)]
    [ProducesResponseType<IReadOnlyList<CountedTwice>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(DuplicateRepair repair, CancellationToken ct) =>
        Results.Ok(await repair.FindAsync(ct));

    [WolverinePost(
        "/api/admin/duplicates/{depositId}/reverse",
        OperationId = "ReverseCountedTwice",
        Summary = "Take back a deposit counted twice",
        Description = "Body { \"reason\" }. The deposit must be listed by GET /api/admin/duplicates; its workers "
            + "lose what it paid (coverage recomputed)."
    )]
    [Tags("Repair")]
    [Authorize(Policy = ApiRoles.Admin)]
    [ProducesResponseType<CountedTwice>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Reverse(
        string depositId,
        RepairRequest request,
        HttpContext http,
        DuplicateRepair repair,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(new DecisionRequest(request.Reason), out _) is { } invalid)
            return invalid;
        var by = ExceptionDecisions.By(http, new DecisionRequest(request.Reason), clock);
        return await repair.ReverseAsync(depositId, by, ct) is { } reversed
            ? Results.Ok(reversed)
            : Problems.Result(
                Problems.NotFound($"Deposit {depositId} is not listed as counted twice (GET /api/admin/duplicates).")
            );
    }
}
