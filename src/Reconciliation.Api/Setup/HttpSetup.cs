using Reconciliation.Api.Health;
using Reconciliation.Api.Security;
using Reconciliation.Api.Web;
using Scalar.AspNetCore;
using Serilog;
using Wolverine.Http;

namespace Reconciliation.Api.Setup;

public static class HttpSetup
{
    public static void AddReconciliationHttp(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // The operator console: Razor Pages in Web/Pages, forms with anti-forgery tokens.
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Web/Pages");
        // Its cookie is Secure when the request is (it refuses to work otherwise); the session's is Secure always.
        builder.Services.AddAntiforgery(options => options.Cookie.SameSite = SameSiteMode.Strict);
        builder.Services.AddExceptionHandler<ExceptionProblems>();
        builder.Services.AddOpenApi(options =>
        {
            options.AddReconciliationDocument();
            options.AddApiKeySecurity();
        });
        builder
            .Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<StatementFilesHealthCheck>("statement-files", tags: [HealthEndpoints.ReadyTag]);
    }

    public static void UseReconciliationHttp(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // One line per request: method, path, status, time.
        app.UseSerilogRequestLogging();
        app.UseReconciliationSecurity();
        app.UseRouteNssCheck();

        app.MapOpenApi("/openapi/{documentName}.json");
        // The interactive API reference at /scalar/v1 (a browser asks for the key as the password).
        app.MapScalarApiReference();
        HealthEndpoints.Map(app);
        app.MapRazorPages();
        app.MapConsoleAssets();
        app.MapConsoleUpload();
        app.MapWolverineEndpoints(options =>
        {
            options.WarmUpRoutes = RouteWarmup.Eager;
        });
    }
}
