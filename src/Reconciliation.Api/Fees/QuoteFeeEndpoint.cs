using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Fees;
using Wolverine.Http;

namespace Reconciliation.Api.Fees;

/// <summary><c>POST /api/fees/quote</c>: the monthly, semiannual and annual fee for an income, a zone and a
/// date.</summary>
public static class QuoteFeeEndpoint
{
    public static ProblemDetails Validate(QuoteFeeRequest request, FeeCalculator fees)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.MonthlyIncome is not > 0)
            errors["monthlyIncome"] = ["monthly income is required and must be positive"];
        else if (!Money.HasAtMostTwoDecimals(request.MonthlyIncome.Value))
            errors["monthlyIncome"] = ["monthly income must have at most two decimals (centavos)"];
        if (ZoneNames.Parse(request.Zone) is null)
            errors["zone"] = [$"zone must be '{ZoneNames.General}' or '{ZoneNames.NorthernBorder}'"];
        if (ParseDate(request.Date) is not { } date)
            errors["date"] = [$"'{request.Date}' is not a date YYYY-MM-DD"];
        else if (date < fees.Schedule.FirstDate)
            errors["date"] = [$"no fee parameters before {fees.Schedule.FirstDate:yyyy-MM-dd}"];
        return errors.Count == 0 ? WolverineContinue.NoProblems : Problems.Validation(errors);
    }

    [WolverinePost(
        "/api/fees/quote",
        OperationId = "QuoteFee",
        Summary = "Quote the fee",
        Description = "Monthly, semiannual and annual fee for a declared monthly income, a zone and a date, with the "
            + "breakdown by insurance branch and the parameters in force on that date."
    )]
    [Tags("Fees")]
    [ProducesResponseType<FeeQuote>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static FeeQuote Post(QuoteFeeRequest request, FeeCalculator fees) =>
        fees.Quote(request.MonthlyIncome!.Value, ZoneNames.Parse(request.Zone)!.Value, ParseDate(request.Date)!.Value);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
