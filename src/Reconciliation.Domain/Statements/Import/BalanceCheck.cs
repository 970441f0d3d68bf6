namespace Reconciliation.Domain.Statements.Import;

/// <summary>Opening + booked movements must equal closing; anything else is reported with the difference.</summary>
public static class BalanceCheck
{
    public static (string Result, decimal? Expected, decimal? Difference) Of(
        Balance? opening,
        decimal bookedMovement,
        Balance? closing
    )
    {
        if (opening is null || closing is null)
            return ("not-available", null, null);
        var expected = opening.Amount + bookedMovement;
        return expected == closing.Amount ? ("ok", expected, 0m) : ("mismatch", expected, closing.Amount - expected);
    }
}
