using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Reconciliation.Api.Setup;
using Reconciliation.Api.Statements;
using Reconciliation.Api.Web;

namespace Reconciliation.Api.Security;

/// <summary>
/// API keys and roles on every endpoint (health excepted), rate limits per key, body size limits.
/// An endpoint without an <c>[Authorize]</c> of its own needs the reader role (the fallback policy).
/// </summary>
public static class SecuritySetup
{
    /// <summary>The rate limiter policy of statement uploads: a few at a time per key.</summary>
    public const string UploadsPolicy = "uploads";

    public static void AddReconciliationSecurity(this WebApplicationBuilder builder)
    {
        FirstRunKey.Register(builder);
        var settings = builder.Configuration.GetSection(SecuritySettings.Section).Get<SecuritySettings>() ?? new();
        builder.Services.AddSingleton(settings);
        // Built now, so that a misconfigured key stops the start with its name.
        builder.Services.AddSingleton(new ApiKeyRegistry(settings));

        builder
            .Services.AddAuthentication(ConsoleSession.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName,
                null
            )
            .AddConsoleSession();
        // One policy per role, named after it: [Authorize(Policy = ApiRoles.Operator)].
        var authorization = builder
            .Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(
                new AuthorizationPolicyBuilder(ConsoleSession.Scheme).RequireRole(ApiRoles.Reader).Build()
            );
        foreach (var role in ApiRoles.All)
            authorization.AddPolicy(role, policy =>
                policy.AddAuthenticationSchemes(ConsoleSession.Scheme).RequireRole(role)
            );

        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetTokenBucketLimiter(Caller(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = settings.RateLimitBurst,
                        TokensPerPeriod = settings.RateLimitPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    })
            );
            options.AddPolicy(UploadsPolicy, context =>
                RateLimitPartition.GetConcurrencyLimiter(Caller(context), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = settings.ConcurrentUploadsPerKey,
                    QueueLimit = 0,
                })
            );
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                // The rate's token bucket tells when to come back; the uploads' concurrency limiter does not.
                var rate = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                if (rate)
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                        .ToString();
                await Problems.WriteAsync(
                    context,
                    StatusCodes.Status429TooManyRequests,
                    "Too many requests",
                    rate
                        ? $"More than {settings.RateLimitPerSecond} requests per second (bursts of "
                            + $"{settings.RateLimitBurst}) from this key; slow down."
                        : $"This key already has {settings.ConcurrentUploadsPerKey} statement uploads in progress; "
                            + "send the next when one ends."
                );
            };
        });

        // Every body is limited; the statement upload raises its own limit to Statements:MaxFileBytes.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
    }

    public static void UseReconciliationSecurity(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<SecuritySettings>();

        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        // Refuses a declared oversized body before the endpoint reads it (Kestrel stops undeclared ones while reading).
        app.Use(
            async (context, next) =>
            {
                if (
                    context.Request.ContentLength > settings.MaxRequestBodyBytes
                    && !UploadEndpoint.IsUpload(context.Request)
                )
                {
                    await Problems.WriteAsync(
                        context,
                        StatusCodes.Status413PayloadTooLarge,
                        "Request too large",
                        $"The body has {context.Request.ContentLength} bytes; this endpoint takes at most "
                            + $"{settings.MaxRequestBodyBytes} (Security:MaxRequestBodyBytes)."
                    );
                    return;
                }
                await next(context);
            }
        );
    }

    /// <summary>
    /// Before serving: without a key, every request but /health would be refused, so outside Development the
    /// application does not start, and says how to make one. Commands (import, scan, ...) serve nothing and need none.
    /// </summary>
    public static void RequireKeysToServe(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ApiKeyRegistry>().Count > 0)
            return;
        const string howTo =
            "No API key is configured. Make one with `ops/apikey ROLE NAME` (or `Reconciliation.Api.dll apikey ROLE "
            + "NAME`) and set the two lines it prints (Security:ApiKeys:NAME:Role and :Hash); for a local run, "
            + "Security:FirstRunKeyFile=PATH makes an operator key in that file (ops/run does).";
        if (!app.Environment.IsDevelopment())
            throw new InvalidOperationException(howTo);
        app.Logger.LogWarning("{HowTo} Every request but /health is refused.", howTo);
    }

    /// <summary>Whom a limit counts against: the key's name, or the client address of a request without a valid
    /// key.</summary>
    private static string Caller(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "key:" + name
            : "ip:" + context.Connection.RemoteIpAddress;
}
