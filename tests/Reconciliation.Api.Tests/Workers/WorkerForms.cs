namespace Reconciliation.Api.Tests.Workers;

/// <summary>Enrollment forms for the tests: valid people with valid identifiers.</summary>
public static class WorkerForms
{
    public static Dictionary<string, object?> Valid(string nss = "12345678903") =>
        new()
        {
            ["nss"] = nss,
            ["curp"] = "HEGG560427MVZRRL04",
            ["rfc"] = "GODE561231GR8",
            ["email"] = "gabriela@example.com",
            ["name"] = "Gabriela Hernández García",
            ["zone"] = "general",
            ["monthlyIncome"] = 9582.47m,
            ["periodicity"] = "monthly",
            ["beneficiaries"] = new[] { new { relationship = "child", name = "Luis Hernández" } },
            ["enrolledOn"] = "2026-01-12",
        };
}
