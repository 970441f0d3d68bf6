using System.Reflection;
using Alba;
using Reconciliation.Api.Tests.Hosting;
using Wolverine.Http;

namespace Reconciliation.Api.Tests.Setup;

/// <summary>
/// The application loads Wolverine's endpoint and handler code statically from
/// <c>src/Reconciliation.Api/Internal/Generated</c>, as in production. Stale code fails silently (a
/// new endpoint answers 404), so these tests demand that every declared endpoint is served from
/// pre-generated code. (Code that no longer fits a changed endpoint or handler does not compile, and the
/// message handlers are each exercised by the integration tests that run in Static mode.)
/// </summary>
public sealed class GeneratedCodeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_declared_endpoint_is_served_by_its_own_code()
    {
        var declared = typeof(Program)
            .Assembly.GetTypes()
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
                if (method == "POST")
                    s.Post.Json(new { }).ToUrl(path);
                else
                    s.Get.Url(path);
                s.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            var body = await result.ReadAsTextAsync();
            // An endpoint without pre-generated code answers a bare 404; ours always say why.
            Assert.False(
                status == 404 && !body.Contains("\"detail\""),
                $"{method} {template} is not served (bare 404): run ops/codegen and commit the generated code"
            );
        }
    }
}
