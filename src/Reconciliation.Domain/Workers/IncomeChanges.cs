using System.Globalization;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Workers;

/// <summary>A declaration of a new income and/or zone, as it arrives: the fields left out stay as they are in
/// force.</summary>
public sealed record DeclareIncome(decimal? MonthlyIncome, string? Zone, string? EffectiveFrom, string? Reason);

/// <summary>
/// A new monthly income or zone, effective from a month: never a month already paid nor one past (the fees of months
/// paid stay what they were). Recorded with the fee it makes for that month, so that what an exact deposit is expected
/// to be follows at once.
/// </summary>
public static class IncomeChanges
{
    public sealed record Decision(IReadOnlyList<object> Events, Dictionary<string, string[]> Errors, string? Conflict);

    public static Decision Declare(
        WorkerCoverage worker,
        DeclareIncome request,
        string byOperator,
        DateOnly today,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        var errors = new FieldErrors();
        var Fail = errors.Fail;

        errors.RequireReason(request.Reason);
        if (request is { MonthlyIncome: null, Zone: null })
            Fail("body", "name a new monthlyIncome, a new zone, or both");
        var income = request.MonthlyIncome is null ? null : WorkerFields.MonthlyIncome(request.MonthlyIncome, Fail);
        var zone = request.Zone is null ? null : WorkerFields.Zone(request.Zone, Fail);
        CoverageMonth? from = null;
        if (
            !DateOnly.TryParseExact(
                $"{request.EffectiveFrom?.Trim()}-01",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var first
            )
        )
            Fail("effectiveFrom", $"'{request.EffectiveFrom}' is not a month YYYY-MM");
        else
        {
            from = CoverageMonth.Of(first);
            var current = CoverageMonth.Of(today);
            if (from < current)
                Fail(
                    "effectiveFrom",
                    $"{from} is past (today is {today:yyyy-MM-dd}, Mexico City): a new income takes effect from "
                        + $"{current} at the earliest"
                );
            else if (worker.PaidThrough is { } paid && from <= CoverageMonth.Parse(paid))
                Fail(
                    "effectiveFrom",
                    $"{from} is already paid (paid through {paid}): a new income takes effect from "
                        + $"{CoverageMonth.Parse(paid).Next} at the earliest"
                );
        }
        if (errors.Count > 0)
            return new Decision([], errors, null);
        if (worker.WithdrawnOn is { } withdrawn)
            return new Decision(
                [],
                errors,
                $"The worker withdrew on {withdrawn:yyyy-MM-dd}: their record no longer changes."
            );

        var before = worker.IncomeFor(from!.Value);
        var (newIncome, newZone) = (income ?? before.MonthlyIncome, zone ?? before.Zone);
        if ((newIncome, newZone) == before)
            return new Decision([], errors, null);
        // The fee of the month it takes effect, at the parameters of its due date (or of today, when that is past).
        var fee = fees.Quote(newIncome, newZone, new[] { today, policy.Due(from.Value) }.Max()).Monthly;
        var declared = new IncomeDeclared(
            worker.Nss,
            newIncome,
            newZone,
            from.Value,
            today,
            byOperator,
            request.Reason!.Trim(),
            fee
        );
        // When it is in force for the month a deposit made now would pay, that deposit is expected at the new fee at
        // once.
        var payingNow = CoverageRules.Assign(worker.FirstUnpaid, today, 1, policy, worker.PinnedMonths).Months[0];
        return new Decision(
            from <= payingNow ? [declared, new FeeQuoted(worker.Nss, fee, today)] : [declared],
            errors,
            null
        );
    }
}
