using Reconciliation.Api.Security;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>The API keys of the test hosts, one per role; requests without a key of their own send the
/// operator's.</summary>
public static class TestKeys
{
    public const string Reader = "imss_test-reader-key";
    public const string Operator = "imss_test-operator-key";
    public const string Approver = "imss_test-approver-key";
    public const string Admin = "imss_test-admin-key";

    public const string ReaderName = "lectura_auditoria";
    public const string OperatorName = "ana.lopez";
    public const string ApproverName = "maria.garcia";
    public const string AdminName = "root_admin";

    public static IEnumerable<(string Name, string Role, string Key)> All =>
        [
            (ReaderName, ApiRoles.Reader, Reader),
            (OperatorName, ApiRoles.Operator, Operator),
            (ApproverName, ApiRoles.Approver, Approver),
            (AdminName, ApiRoles.Admin, Admin),
        ];
}
