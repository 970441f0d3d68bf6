using JasperFx;
using JasperFx.CodeGeneration;
using Wolverine;
using Wolverine.Http;

namespace Reconciliation.Api.Setup;

public static class MessagingSetup
{
    public static void AddReconciliationMessaging(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ReconciliationSettings.Section).Get<ReconciliationSettings>() ?? new();

        builder.UseWolverine(opts =>
        {
            // Every handler and endpoint that touches Marten commits in one transaction with the outbox.
            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            opts.AutoBuildMessageStorageOnStartup = settings.ApplySchemaOnStartup ? AutoCreate.CreateOrUpdate : AutoCreate.None;
            opts.CodeGeneration.TypeLoadMode = settings.GeneratedCode;
            // Roslyn is only loaded when code is generated at run time (development, `codegen write`).
            if (settings.GeneratedCode != TypeLoadMode.Static)
                opts.UseRuntimeCompilation();
        });
        builder.Services.AddWolverineHttp();
    }
}
