using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Tests.Fees;

/// <summary>The parameter file the application ships, as the tests read it.</summary>
public static class FeeSchedules
{
    public static readonly FeeSchedule Shipped = FeeSchedule.LoadFile(
        Path.Combine(AppContext.BaseDirectory, "fee-parameters.json")
    );

    public static readonly FeeCalculator Calculator = new(Shipped);
}
