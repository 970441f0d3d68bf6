using System.Reflection;
using Reconciliation.Domain.Coverage;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Tests.Architecture;

/// <summary>
/// Dependencies point one way: Api (HTTP, console, commands) → Jobs (the application's work on the store) → Domain
/// (pure rules). A reference the other way, even through an interface implemented above, fails here.
/// </summary>
public sealed class DependencyTests
{
    private static readonly Assembly Domain = typeof(WorkerCoverage).Assembly;
    private static readonly Assembly Jobs = typeof(StatementImporter).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    private static IReadOnlyList<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    [Fact]
    public void The_domain_uses_no_infrastructure_and_no_project_above_it()
    {
        var forbidden = new[]
        {
            "Reconciliation.Jobs",
            "Reconciliation.Api",
            "Marten",
            "Wolverine",
            "Hangfire",
            "Npgsql",
        };
        var references = References(Domain);
        Assert.DoesNotContain(references, r =>
            forbidden.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal))
        );
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_uses_the_domain_and_never_the_api()
    {
        var references = References(Jobs);
        Assert.Contains("Reconciliation.Domain", references);
        Assert.DoesNotContain("Reconciliation.Api", references);
    }

    [Fact]
    public void Every_type_lives_in_the_namespace_of_its_project()
    {
        foreach (var (assembly, root) in new[] { (Domain, "Reconciliation.Domain"), (Jobs, "Reconciliation.Jobs") })
        {
            var strays = assembly
                .GetTypes()
                .Where(t => t.Namespace?.StartsWith("Reconciliation.", StringComparison.Ordinal) == true)
                .Where(t => !t.Namespace!.StartsWith(root, StringComparison.Ordinal))
                .Select(t => t.FullName)
                .ToList();
            Assert.Empty(strays);
        }
    }

    [Fact]
    public void No_interface_of_a_lower_project_is_implemented_by_the_api()
    {
        var lower = new[] { Domain, Jobs };
        var implementations = Api.GetTypes()
            .SelectMany(t => t.GetInterfaces().Select(i => (Type: t, Interface: i)))
            .Where(x => lower.Contains(x.Interface.Assembly))
            .Select(x => $"{x.Type.FullName} : {x.Interface.FullName}")
            .ToList();
        Assert.Empty(implementations);
    }
}
