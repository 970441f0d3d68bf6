using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Jobs.Notices;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Jobs;

/// <summary>Hangfire in the system's PostgreSQL database, in its own schema, with its dashboard.</summary>
public static class JobsSetup
{
    public const string SchemaName = "hangfire";
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddReconciliationJobs(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var connectionString = configuration.GetConnectionString("Reconciliation")
            ?? throw new InvalidOperationException("ConnectionStrings:Reconciliation is not set");
        var settings = configuration.GetSection(JobsSettings.Section).Get<JobsSettings>() ?? new();
        services.AddSingleton(settings);

        var statements = configuration.GetSection(StatementsSettings.Section).Get<StatementsSettings>() ?? new();
        services.AddSingleton(statements);
        services.AddSingleton<StatementStorage>();
        services.AddSingleton<StatementImporter>();
        services.AddSingleton<ImportSignals>();
        services.AddTransient<StatementSweeper>();
        services.AddHostedService<SweepAtStartup>();
        services.AddSingleton<DropFolder>();
        services.AddTransient<NightlyImportJob>();

        var notices = configuration.GetSection(NoticesSettings.Section).Get<NoticesSettings>() ?? new();
        if (!string.IsNullOrWhiteSpace(notices.Smtp.Host))
            notices.Smtp.SocketOptions(); // a setting that would send in plain text stops the start here
        services.AddSingleton(notices);
        services.AddTransient<DelinquencyScanJob>();
        services.AddHostedService<RecurringJobs>();

        services.AddHangfire(config =>
            config
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UsePostgreSqlStorage(
                    options => options.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions { SchemaName = SchemaName, PrepareSchemaIfNecessary = true }
                )
        );

        if (settings.RunServer)
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = settings.WorkerCount;
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        return services;
    }

    /// <summary>Maps the dashboard behind the host's authorization policy <paramref name="dashboardPolicy"/>.</summary>
    public static WebApplication UseReconciliationJobs(this WebApplication app, string dashboardPolicy)
    {
        var settings = app.Services.GetRequiredService<JobsSettings>();

        if (settings.Dashboard)
            // No Hangfire filter (its default lets local requests only): the policy decides, from any address.
            app.MapHangfireDashboardWithAuthorizationPolicy(
                dashboardPolicy,
                DashboardPath,
                new DashboardOptions
                {
                    DashboardTitle = "IMSS reconciliation jobs",
                    Authorization = [],
                    AsyncAuthorization = [],
                }
            );
        return app;
    }
}
