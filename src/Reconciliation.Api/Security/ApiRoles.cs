namespace Reconciliation.Api.Security;

/// <summary>
/// The four roles an API key carries. Each includes the ones below it: an operator also reads coverage, an approver
/// also decides, an admin also approves.
/// </summary>
public static class ApiRoles
{
    /// <summary>Coverage queries, worker and statement reads, fee quotes, the OpenAPI document.</summary>
    public const string Reader = "reader";

    /// <summary>Enrollments, statement imports and retries, exception decisions.</summary>
    public const string Operator = "operator";

    /// <summary>Approves the refunds and splits other keys request (<c>Security:FourEyesAbove</c>); never its
    /// own.</summary>
    public const string Approver = "approver";

    /// <summary>Jobs, the Hangfire dashboard and the audit trail.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Reader, Operator, Approver, Admin];

    /// <summary>The roles a key of this role holds (its own and those below it).</summary>
    public static IReadOnlyList<string> Granted(string role) =>
        role switch
        {
            Admin => [Admin, Approver, Operator, Reader],
            Approver => [Approver, Operator, Reader],
            Operator => [Operator, Reader],
            Reader => [Reader],
            _ => throw new ArgumentOutOfRangeException(
                nameof(role),
                role,
                $"a role is one of {string.Join(", ", All)}"
            ),
        };
}
