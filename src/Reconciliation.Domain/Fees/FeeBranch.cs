namespace Reconciliation.Domain.Fees;

/// <summary>The insurance branches of the fee, as the IMSS calculator lists them.</summary>
public static class FeeBranch
{
    public const string SicknessMaternityFixed = "sickness-maternity-fixed";
    public const string SicknessMaternitySurplus = "sickness-maternity-surplus";
    public const string SicknessMaternityCash = "sickness-maternity-cash";
    public const string PensionersMedical = "pensioners-medical";
    public const string DisabilityLife = "disability-life";
    public const string WorkRisk = "work-risk";
    public const string NurseriesSocial = "nurseries-social";
    public const string Retirement = "retirement";
    public const string OldAge = "old-age";
}
