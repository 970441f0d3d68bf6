using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Matching;
using Wolverine.Http;
using Wolverine.Marten;

namespace Reconciliation.Api.Workers;

/// <summary><c>POST /api/workers</c>: enrolls a worker, starting the worker's stream keyed by NSS.</summary>
public static class EnrollWorkerEndpoint
{
    public static EnrollmentDecision Load(EnrollWorker form, TimeProvider clock) =>
        Enrollment.Decide(form, MexicoCity.Today(clock));

    public static async Task<ProblemDetails> ValidateAsync(
        EnrollmentDecision decision,
        IQuerySession session,
        CancellationToken ct
    )
    {
        if (!decision.IsAccepted)
            return Problems.Validation(decision.Errors);

        // A friendly answer for the common case; the stream's unique key still decides a race (see Problems).
        var state = await session.Events.FetchStreamStateAsync(decision.Enrolled!.Nss.Value, ct);
        return state is null
            ? WolverineContinue.NoProblems
            : Problems.Conflict($"A worker with NSS {decision.Enrolled.Nss} is already enrolled.");
    }

    [WolverinePost(
        "/api/workers",
        OperationId = "EnrollWorker",
        Summary = "Enroll a worker",
        Description = "Starts the worker's event stream, keyed by NSS, with a WorkerEnrolled event. Every identifier "
            + "is validated with its check digit; each bad field is named in the 400 answer."
    )]
    [Tags("Workers")]
    [ProducesResponseType<WorkerEnrolledResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Operator)]
    public static (WorkerEnrolledResponse, IStartStream, RematchSuspense) Post(
        EnrollWorker form,
        EnrollmentDecision decision,
        FeeCalculator fees
    )
    {
        var enrolled = decision.Enrolled!;
        var nss = enrolled.Nss.Value;
        return (
            new WorkerEnrolledResponse(nss, $"/api/workers/{nss}"),
            MartenOps.StartStream<Worker>(nss, enrolled, FeeQuotedOnEnrollment(enrolled, fees)),
            new RematchSuspense(enrolled.Nss)
        );
    }

    /// <summary>The fee the worker is told on enrolling: what an exact deposit of theirs will be.</summary>
    public static FeeQuoted FeeQuotedOnEnrollment(WorkerEnrolled enrolled, FeeCalculator fees)
    {
        var on = enrolled.EnrolledOn < fees.Schedule.FirstDate ? fees.Schedule.FirstDate : enrolled.EnrolledOn;
        return new FeeQuoted(
            enrolled.Nss,
            fees.Quote(enrolled.MonthlyIncome, enrolled.Zone, on).Monthly,
            enrolled.EnrolledOn
        );
    }
}
