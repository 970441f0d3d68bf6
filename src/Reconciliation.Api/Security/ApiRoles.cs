namespace Reconciliation.Api.Security;

/// <summary>
/// The three roles an API key carries. Each includes the one below it: an operator reads coverage,
/// an admin also imports and decides.
/// </summary>
public static class ApiRoles
{
    /// <summary>Coverage queries, worker and statement reads, fee quotes, the OpenAPI document.</summary>
    public const string Reader = "reader";

    /// <summary>Enrollments, statement imports and retries, exception decisions.</summary>
    public const string Operator = "operator";

    /// <summary>Jobs and the Hangfire dashboard.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Reader, Operator, Admin];

    /// <summary>The roles a key of this role holds (its own and those below it).</summary>
    public static IReadOnlyList<string> Granted(string role) =>
        role switch
        {
            Admin => [Admin, Operator, Reader],
            Operator => [Operator, Reader],
            Reader => [Reader],
            _ => throw new ArgumentOutOfRangeException(
                nameof(role),
                role,
                $"a role is one of {string.Join(", ", All)}"
            ),
        };
}
