namespace Reconciliation.Domain.Fees;

/// <summary>Branch rates in percent of the daily base (the fixed EyM fee in percent of the daily UMA).</summary>
public sealed record BranchRatesEntry(
    DateOnly Effective,
    decimal SicknessMaternityFixedOnUma,
    decimal SicknessMaternitySurplus,
    decimal SicknessMaternityCash,
    decimal PensionersMedical,
    decimal DisabilityLife,
    decimal WorkRisk,
    decimal Nurseries,
    decimal Retirement,
    decimal CeavWorker
) : IEffective;
