using Serilog;

namespace Reconciliation.Api.Setup;

public static class LoggingSetup
{
    /// <summary>Serilog for every log of the process; levels and sinks come from the <c>Serilog</c> configuration
    /// section.</summary>
    public static void AddReconciliationLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) =>
                logger
                    .ReadFrom.Configuration(builder.Configuration)
                    // Sinks registered as services (the tests') get exceptions masked like the configured ones.
                    .WriteTo.Masked(wrapped =>
                    {
                        foreach (var sink in services.GetServices<Serilog.Core.ILogEventSink>())
                            wrapped.Sink(sink);
                    })
                    .Enrich.FromLogContext()
                    // Last: whatever the other enrichers and the message added is masked too.
                    .Enrich.With<PersonalDataMasking>(),
            // Each host has its own pipeline; the static Log stays the start-up logger.
            preserveStaticLogger: true
        );
}
