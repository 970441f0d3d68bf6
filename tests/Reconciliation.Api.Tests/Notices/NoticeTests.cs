using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Reconciliation;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Jobs.Notices;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Notices;

/// <summary>The delinquency scan and the notices, received by a real SMTP server. Today is 10 April 2026.</summary>
public sealed class NoticeTests(NoticeTests.Fixture app) : IClassFixture<NoticeTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        public TestSmtpServer Smtp { get; } = new();

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Notices:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Notices:Smtp:Port", Smtp.Port.ToString());
            builder.UseSetting("Notices:Smtp:Security", "None");
            builder.UseSetting("Notices:Smtp:AllowPlainText", "true"); // the test server is in this process
            builder.UseSetting("Reconciliation:NoticeRetrySeconds", "1");
            builder.UseFixedClock(new DateTimeOffset(2026, 4, 10, 18, 0, 0, TimeSpan.Zero));
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private static string Nss(string first10) => first10 + CheckDigits.Nss(first10);

    private Task<int> ScanAsync() => app.Host.ScanAndWaitAsync();

    private MimeMessage[] MailTo(string nss) =>
        app.Smtp.Received.Where(m => m.MessageId?.Contains(nss) == true).ToArray();

    [Fact]
    public async Task A_scan_whose_transaction_rolls_back_sends_nothing_and_the_next_scan_sends_once()
    {
        var nss = Nss("4000000009");
        await app.Host.EnrollAndWaitAsync(nss);
        var statement = new CamtStatement("R1", "9", new DateOnly(2026, 3, 31)).Credit(
            1905.82m,
            new DateOnly(2026, 3, 11),
            "R9",
            $"PAGO {nss}"
        );
        await app.Host.UploadAndMatchAsync(statement.Build(0m), "r1.xml");

        var scan = app.Host.Services.GetRequiredService<DelinquencyScanJob>();
        scan.BeforeCommit = () => throw new IOException("simulated failure before the commit");
        ITrackedSession tracked;
        try
        {
            tracked = await app
                .Host.TrackActivity()
                .Timeout(TimeSpan.FromSeconds(30))
                .DoNotAssertOnExceptionsDetected()
                .ExecuteAndWaitAsync(
                    (Func<Wolverine.IMessageContext, Task>)(
                        async _ => await Assert.ThrowsAsync<IOException>(() => scan.RunAsync(CancellationToken.None))
                    )
                );
        }
        finally
        {
            scan.BeforeCommit = null;
        }
        Assert.Empty(tracked.Sent.MessagesOf<SendNotice>());
        Assert.Empty(MailTo(nss));
        Assert.Empty((await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{nss}/notices"))!);

        await ScanAsync();
        Assert.Single(MailTo(nss));
    }

    [Fact]
    public async Task An_amount_notice_goes_once_per_deposit_held_and_an_overpayment_asks_for_nothing()
    {
        var over = Nss("4000000011");
        await app.Host.EnrollAndWaitAsync(over);
        var first = new CamtStatement("N11", "11", new DateOnly(2026, 4, 8)).Credit(
            2000m,
            new DateOnly(2026, 4, 8),
            "N11",
            $"PAGO {over}"
        );
        await app.Host.UploadAndMatchAsync(first.Build(0m), "n11.xml");
        await ScanAsync();
        var notice = Assert.Single(MailTo(over));
        Assert.Contains("$94.18 MXN de más", notice.TextBody);
        Assert.DoesNotContain("$0.00", notice.TextBody);

        // A second deposit held is told of on its own, the same month.
        var second = new CamtStatement("N12", "12", new DateOnly(2026, 4, 9)).Credit(
            100m,
            new DateOnly(2026, 4, 9),
            "N12",
            $"PAGO {over}"
        );
        await app.Host.UploadAndMatchAsync(second.Build(0m), "n12.xml");
        await ScanAsync();
        Assert.Equal(2, MailTo(over).Length);
        Assert.Contains("$100.00 MXN", MailTo(over).Last().TextBody);
    }

    [Fact]
    public async Task Notices_go_once_per_worker_month_and_kind_through_SMTP_and_survive_a_failing_server()
    {
        var paid = Nss("4000000001"); // April paid on 10 March: May unpaid → reminder for May
        var short_ = Nss("4000000002"); // 1,500 held: amount notice
        var english = Nss("4000000003");
        var prepaid = Nss("4000000004"); // six months: nothing due
        foreach (var nss in new[] { paid, short_, prepaid })
            await app.Host.EnrollAndWaitAsync(nss);
        await app.Host.EnrollAndWaitAsync(english, language: "en");
        var statement = new CamtStatement("N1", "1", new DateOnly(2026, 3, 31))
            .Credit(1905.82m, new DateOnly(2026, 3, 10), "N1", $"PAGO {paid}")
            .Credit(1500.00m, new DateOnly(2026, 3, 10), "N2", $"PAGO {short_}")
            .Credit(1905.82m, new DateOnly(2026, 3, 10), "N3", $"PAGO {english}")
            .Credit(6 * 1905.82m, new DateOnly(2026, 3, 10), "N4", $"PAGO {prepaid}");
        Assert.Equal(201, (await app.Host.UploadAndMatchAsync(statement.Build(0m), "n1.xml")).Status);

        Assert.Equal(3, await ScanAsync());
        var reminder = Assert.Single(MailTo(paid));
        Assert.Equal("Recordatorio: paga tu cobertura de mayo de 2026", reminder.Subject);
        Assert.Equal("gabriela@example.com", reminder.To.Mailboxes.Single().Address);
        Assert.Equal("avisos-pti@imss.gob.mx", reminder.From.Mailboxes.Single().Address);
        Assert.Equal("reminder", reminder.Headers["X-Notice-Kind"]);
        Assert.Equal("2026-05", reminder.Headers["X-Notice-Month"]);
        Assert.Equal("es", reminder.Headers["X-Notice-Language"]);
        Assert.Contains($"Referencia: {paid}", reminder.TextBody);
        Assert.Contains("CLABE: 044180001068672782", reminder.TextBody);
        Assert.Contains("$1,905.82 MXN", reminder.TextBody);
        Assert.Contains("<td>044180001068672782</td>", reminder.HtmlBody);
        Assert.Contains("20 de abril de 2026", reminder.HtmlBody);
        var inEnglish = Assert.Single(MailTo(english));
        Assert.Equal("Reminder: pay your coverage for May 2026", inEnglish.Subject);
        Assert.Equal("en", inEnglish.Headers["X-Notice-Language"]);
        Assert.Contains("April 20, 2026", inEnglish.TextBody);
        var amount = Assert.Single(MailTo(short_));
        Assert.Equal("amount", amount.Headers["X-Notice-Kind"]);
        Assert.Contains("$1,500.00 MXN", amount.TextBody);
        // Completed today it would pay May: its deadline, 20 April, not that of the month already running.
        Assert.Contains("deposita $405.82 MXN a más tardar el 20 de abril de 2026", amount.TextBody);

        // Again, and twice at once: nothing more is sent.
        var before = app.Smtp.Received.Count;
        Assert.Equal(0, await ScanAsync());
        var twice = await Task.WhenAll(ScanAsync(), ScanAsync());
        Assert.Equal(0, twice.Sum());
        Assert.Equal(before, app.Smtp.Received.Count);

        // A server that refuses twice: retried with back-off, sent once, the failures recorded.
        var late = Nss("4000000005");
        await app.Host.EnrollAndWaitAsync(late);
        var second = new CamtStatement("N2", "2", new DateOnly(2026, 3, 31)).Credit(
            1905.82m,
            new DateOnly(2026, 3, 12),
            "N5",
            $"PAGO {late}"
        );
        await app.Host.UploadAndMatchAsync(second.Build(0m), "n2.xml");
        app.Smtp.RefuseNext(2);
        Assert.Equal(1, await ScanAsync());
        Assert.Equal(2, app.Smtp.Refused);
        Assert.Single(MailTo(late));
        var notices = (await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{late}/notices"))!;
        var record = Assert.Single(notices);
        Assert.Equal("sent", record.GetProperty("status").GetString());
        Assert.Equal(3, record.GetProperty("attempts").GetInt32());
        Assert.StartsWith("smtp://127.0.0.1:", record.GetProperty("transport").GetString());
        var history = (await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{late}/history"))!
            .Select(h => h.GetProperty("type").GetString())
            .ToArray();
        Assert.Equal(2, history.Count(t => t == "notice_failed"));
        // scheduling is the record's: the stream has what was sent and what failed
        Assert.DoesNotContain("notice_scheduled", history);
        Assert.Single(history, t => t == "notice_sent");
        Assert.Empty(MailTo(prepaid));
    }

    [Fact]
    public async Task A_payment_after_a_notice_is_applied_the_worker_document_follows_every_event_of_its_stream()
    {
        var nss = Nss("6100000001");
        await app.Host.EnrollAndWaitAsync(nss);
        var march = new Reconciliation.CamtStatement("N1", "1", new DateOnly(2026, 3, 31)).Credit(
            1905.82m,
            new DateOnly(2026, 3, 10),
            "NOTICEPAY1",
            $"PAGO IMSS {nss}"
        );
        await app.Host.UploadAndMatchAsync(march.Build(0m), "march.xml");
        await ScanAsync();
        Assert.NotEmpty(MailTo(nss)); // a reminder for May: its NoticeSent on the worker's stream

        var april = new Reconciliation.CamtStatement("N2", "2", new DateOnly(2026, 4, 10)).Credit(
            1905.82m,
            new DateOnly(2026, 4, 10),
            "NOTICEPAY2",
            $"PAGO IMSS {nss}"
        );
        await app.Host.UploadAndMatchAsync(april.Build(march.Closing(0m)), "april.xml");

        await using var session = app.Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        var coverage = await session.LoadAsync<Domain.Coverage.WorkerCoverage>(nss);
        Assert.Contains("2026-05", coverage!.CoveredMonths);
        var stream = await session.Events.FetchStreamStateAsync(nss);
        Assert.Equal(stream!.Version, coverage.Version);
    }
}
