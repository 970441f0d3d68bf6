using System.Reflection;
using JasperFx.CodeGeneration;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Wolverine.Http;

namespace Reconciliation.Api.Tests.Setup;

/// <summary>
/// The application loads Wolverine's endpoint and handler code statically from
/// <c>src/Reconciliation.Api/Internal/Generated</c>, as in production. Stale code fails silently (a
/// new endpoint answers 404), so these tests demand that every declared endpoint is served from
/// pre-generated code. (Code that no longer fits a changed endpoint does not compile: the build catches that.)
/// </summary>
public sealed class GeneratedCodeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_declared_endpoint_is_served_by_its_own_code()
    {
        var declared = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance))
            .SelectMany(m => m.GetCustomAttributes<WolverineHttpMethodAttribute>())
            .Select(a => (Method: a.HttpMethod, Path: "/" + a.Template.TrimStart('/')))
            .ToArray();
        Assert.NotEmpty(declared);

        foreach (var (method, template) in declared)
        {
            // Route values an endpoint answers for; a POST gets an empty form, which every endpoint validates.
            var path = template.Replace("{nss}", "98765432103").Replace("{id}", Guid.NewGuid().ToString());
            var result = await app.Host.Scenario(s =>
            {
                if (method == "POST") s.Post.Json(new { }).ToUrl(path);
                else s.Get.Url(path);
                s.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            var body = await result.ReadAsTextAsync();
            // An endpoint without pre-generated code answers a bare 404; ours always say why.
            Assert.False(status == 404 && !body.Contains("\"detail\""),
                $"{method} {template} is not served (bare 404): run ops/codegen and commit the generated code");
        }
    }

    [Fact]
    public void Every_endpoint_and_handler_has_its_pre_generated_code()
    {
        foreach (var collection in app.Host.Services.GetServices<ICodeFileCollection>())
        {
            var e = Record.Exception(() => collection.AssertPreBuildTypesExist(app.Host.Services));
            Assert.True(e is null, $"Generated code is missing ({collection.ChildNamespace}): run ops/codegen and commit. {e?.Message}");
        }
    }
}
