using JasperFx;
using JasperFx.CodeGeneration;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Statements;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;

namespace Reconciliation.Api.Setup;

public static class MessagingSetup
{
    public static void AddReconciliationMessaging(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ReconciliationSettings.Section).Get<ReconciliationSettings>()
            ?? new();

        builder.UseWolverine(opts =>
        {
            // The handlers of the application's work (import, matching, notices) live in the Jobs project.
            opts.Discovery.IncludeAssembly(typeof(ImportStatementHandler).Assembly);
            // Every handler and endpoint that touches Marten commits in one transaction with the outbox.
            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            // Sending a notice: quick retries for a blip, then later ones, then the dead letters (visible in
            // wolverine_dead_letters).
            opts.Policies.OnException<Exception>(e =>
                    e
                        is System.IO.IOException
                            or System.Net.Sockets.SocketException
                            or TimeoutException
                            or MailKit.Net.Smtp.SmtpCommandException
                            or MailKit.Net.Smtp.SmtpProtocolException
                            or MailKit.ServiceNotConnectedException
                )
                .RetryWithCooldown(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1))
                .Then.ScheduleRetry(
                    TimeSpan.FromSeconds(settings.NoticeRetrySeconds),
                    TimeSpan.FromSeconds(settings.NoticeRetrySeconds * 5)
                )
                .Then.MoveToErrorQueue();
            // Streams are written with optimistic concurrency: a handler that lost a race runs again on fresh state.
            opts.Policies.OnException(StreamConflicts.IsVersionConflict)
                .RetryWithCooldown(
                    TimeSpan.FromMilliseconds(50),
                    TimeSpan.FromMilliseconds(200),
                    TimeSpan.FromMilliseconds(500),
                    TimeSpan.FromSeconds(1)
                );
            opts.AutoBuildMessageStorageOnStartup = settings.ApplySchemaOnStartup
                ? AutoCreate.CreateOrUpdate
                : AutoCreate.None;
            opts.CodeGeneration.TypeLoadMode = settings.GeneratedCode;
            // Roslyn is only loaded when code is generated at run time (development, `codegen write`).
            if (settings.GeneratedCode != TypeLoadMode.Static)
                opts.UseRuntimeCompilation();
        });
        builder.Services.AddWolverineHttp();
    }
}
