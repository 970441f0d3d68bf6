using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reconciliation.Api.Setup;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Serilog.Core;
using Serilog.Events;

namespace Reconciliation.Api.Tests.Setup;

public sealed class PersonalDataMaskingTests(PersonalDataMaskingTests.Fixture app)
    : IClassFixture<PersonalDataMaskingTests.Fixture>
{
    /// <summary>Every log event of the application, as a sink receives it.</summary>
    public sealed class Fixture : AppFixture
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
            builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(new Capture(Events)));
        }

        private sealed class Capture(ConcurrentQueue<LogEvent> events) : ILogEventSink
        {
            public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
        }
    }

    [Theory]
    [InlineData("HTTP GET /api/workers/12345678903/coverage", "HTTP GET /api/workers/12*******03/coverage")]
    [InlineData("curp HEGG560427MVZRRL04", "curp HE***************4")]
    [InlineData("rfc GODE561231GR8 ok", "rfc GO**********8 ok")]
    [InlineData("to gabriela.hernandez@example.com", "to g***@example.com")]
    [InlineData("amount 1905.82 on 2026-03-10", "amount 1905.82 on 2026-03-10")]
    public void Identifiers_and_addresses_are_masked(string text, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.Mask(text));

    [Fact]
    public async Task A_full_import_logs_no_personal_data_in_clear()
    {
        const string nss = "12345678903";
        await app.Host.EnrollAndWaitAsync(nss);
        await app.Host.GetAsJson<System.Text.Json.JsonElement>($"/api/workers/{nss}/coverage");
        var statement = new CamtStatement("L1", "1", new DateOnly(2026, 3, 31))
            .Credit(1905.82m, new DateOnly(2026, 3, 10), "L1", $"PAGO IMSS {nss} GABRIELA HERNANDEZ")
            .Credit(1500m, new DateOnly(2026, 3, 10), "L2", "PAGO CURP HEGG560427MVZRRL04 RFC GODE561231GR8");
        await app.Host.UploadAndMatchAsync(statement.Build(0m), $"statement-{nss}.xml");
        await app.Host.UploadAndMatchAsync(SampleFiles.Bytes("mx/imss-mt940-year-end.sta"), "mt940.sta");

        // A library's exception may hold an identifier in its message (a stream id, a key): it reaches the sinks
        // masked.
        app.Host.Services.GetRequiredService<ILogger<PersonalDataMaskingTests>>()
            .LogError(
                new InvalidOperationException(
                    $"Unexpected version for stream '{nss}'",
                    new ArgumentException("CURP HEGG560427MVZRRL04")
                ),
                "Handler failed"
            );

        var logged = app
            .Events.Select(e =>
                e.RenderMessage()
                + " "
                + string.Join(" ", e.Properties.Select(p => p.Value.ToString()))
                + " "
                + e.Exception
            )
            .ToList();
        Assert.Contains(logged, l => l.Contains("12*******03"));
        Assert.Contains(logged, l =>
            l.Contains("Unexpected version for stream '12*******03'") && l.Contains("CURP HE***************4")
        );
        // Names are never logged (no pattern could find them): the worker's and the payers' of the statements.
        var clear = new Regex(
            @"12345678903|31058512349|43129076543|HEGG560427MVZRRL04|GODE561231GR8|"
                + @"gabriela@example\.com|Gabriela|Hern[aá]ndez",
            RegexOptions.IgnoreCase
        );
        Assert.DoesNotContain(logged, l => clear.IsMatch(l));
    }
}
