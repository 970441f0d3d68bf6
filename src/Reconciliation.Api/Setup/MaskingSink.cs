using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace Reconciliation.Api.Setup;

/// <summary>
/// Masks the exception of a log event before the sink it wraps writes it. An enricher can mask every property but not
/// the exception (a library's message may hold an NSS, e.g. a stream id in a concurrency error), so each sink is
/// wrapped: <c>"WriteTo": [ { "Name": "Masked", "Args": { "configure": [ ... ] } } ]</c>.
/// </summary>
public sealed class MaskingSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Exception is null or MaskedException)
        {
            inner.Emit(logEvent);
            return;
        }
        inner.Emit(
            new LogEvent(
                logEvent.Timestamp,
                logEvent.Level,
                new MaskedException(logEvent.Exception),
                logEvent.MessageTemplate,
                logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)),
                logEvent.TraceId ?? default,
                logEvent.SpanId ?? default
            )
        );
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>The original exception's text (type, message, stack, inner exceptions), masked.</summary>
    private sealed class MaskedException(Exception original) : Exception(PersonalDataMasking.Mask(original.Message))
    {
        private readonly string _text = PersonalDataMasking.Mask(original.ToString());

        public override string? StackTrace => null;

        public override string ToString() => _text;
    }
}

public static class MaskingSinkConfiguration
{
    /// <summary>Wraps the sinks configured inside it so that exceptions reach them masked.</summary>
    public static LoggerConfiguration Masked(
        this LoggerSinkConfiguration writeTo,
        Action<LoggerSinkConfiguration> configure
    ) => writeTo.Sink(LoggerSinkConfiguration.Wrap(sink => new MaskingSink(sink), configure));
}
