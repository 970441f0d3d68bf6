using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reconciliation.Api.Notices;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Jobs.Notices;
using Wolverine.Runtime;

namespace Reconciliation.Api.Tests.Notices;

/// <summary>The <c>scan</c> command's process schedules and leaves the sending to the application. Today is 10 April
/// 2026.</summary>
public sealed class ScanCommandTests(ScanCommandTests.Fixture app) : IClassFixture<ScanCommandTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder) =>
            builder.UseFixedClock(new DateTimeOffset(2026, 4, 10, 18, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_command_leaving_sending_to_the_app_schedules_notices_and_keeps_their_messages_in_the_inbox()
    {
        var nss = "7200000001" + CheckDigits.Nss("7200000001");
        await app.Host.EnrollAndWaitAsync(nss);
        var statement = new CamtStatement("C1", "1", new DateOnly(2026, 3, 31)).Credit(
            1905.82m,
            new DateOnly(2026, 3, 11),
            "C1",
            $"PAGO {nss}"
        );
        await app.Host.UploadAndMatchAsync(statement.Build(0m), "c1.xml");

        ScanCommand.LeaveSendingToTheApplication(app.Host.Services.GetRequiredService<IWolverineRuntime>());
        Assert.Equal(
            1,
            await app.Host.Services.GetRequiredService<DelinquencyScanJob>().RunAsync(CancellationToken.None)
        );

        // Given the time a node takes to send (milliseconds here), the notice is still only scheduled, and its
        // message waits in the durable inbox for a node that handles messages.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var record = Assert.Single(await session.Query<NoticeRecord>().Where(r => r.Nss == nss).ToListAsync());
        Assert.Equal(NoticeRecord.Scheduled, record.Status);
        await using var waiting = app
            .Host.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand(
                "select count(*) from reconciliation.wolverine_incoming_envelopes where message_type = "
                    + "'Reconciliation.Jobs.Notices.SendNotices' and status = 'Incoming'"
            );
        Assert.Equal(1L, await waiting.ExecuteScalarAsync());
    }
}
