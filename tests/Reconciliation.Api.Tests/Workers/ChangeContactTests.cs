using System.Net;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Notices;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Workers;

/// <summary>
/// A worker's contact details change on request: an event with who, when and why, in force at once, refused when the
/// record changed since it was read; a notice goes to the address and in the language in force when it is sent.
/// </summary>
public sealed class ChangeContactTests(ChangeContactTests.Fixture app) : IClassFixture<ChangeContactTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        public string Mail => Path.Combine(StatementsRoot, "mail");

        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Notices:PickupFolder", Mail);
    }

    private async Task<JsonElement> WorkerAsync(string nss) =>
        await app.Host.GetAsJson<JsonElement>($"/api/workers/{nss}");

    private Task<IScenarioResult> ChangeAsync(string nss, object body, HttpStatusCode expected) =>
        app.Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl($"/api/workers/{nss}/contact");
            s.StatusCodeShouldBe(expected);
        });

    [Fact]
    public async Task A_change_is_recorded_with_who_and_why_and_the_record_shows_it()
    {
        const string nss = "12345678903";
        await app.Host.EnrollAndWaitAsync(nss);
        var before = await WorkerAsync(nss);
        var version = before.GetProperty("version").GetInt64();

        var answer = (
            await ChangeAsync(
                nss,
                new
                {
                    email = "gaby.hernandez@example.org",
                    language = "en",
                    name = "Gabriela  Hernández  García de León",
                    beneficiaries = new[]
                    {
                        new { relationship = "child", name = "Luis Hernández" },
                        new { relationship = "spouse", name = "Marta Ruiz" },
                    },
                    reason = "asked by phone, ticket 4471",
                    version,
                },
                HttpStatusCode.OK
            )
        ).ReadAsJson<JsonElement>();
        Assert.Equal("gaby.hernandez@example.org", answer.GetProperty("email").GetString());
        Assert.Equal(version + 1, answer.GetProperty("version").GetInt64());

        var after = await WorkerAsync(nss);
        Assert.Equal(
            ("gaby.hernandez@example.org", "en", "Gabriela Hernández García de León", 2),
            (
                after.GetProperty("email").GetString(),
                after.GetProperty("language").GetString(),
                after.GetProperty("name").GetString(),
                after.GetProperty("beneficiaries").GetArrayLength()
            )
        );
        // what was not asked stays
        Assert.Equal(before.GetProperty("monthlyIncome").GetDecimal(), after.GetProperty("monthlyIncome").GetDecimal());

        var history = (await app.Host.GetAsJson<JsonElement[]>($"/api/workers/{nss}/history"))!;
        var change = history.Last().GetProperty("data");
        Assert.Equal("contact_details_changed", history.Last().GetProperty("type").GetString());
        Assert.Equal(
            (TestKeys.OperatorName, "asked by phone, ticket 4471"),
            (change.GetProperty("operator").GetString(), change.GetProperty("reason").GetString())
        );

        // The same again changes nothing and records nothing.
        await ChangeAsync(
            nss,
            new
            {
                email = "GABY.HERNANDEZ@example.org",
                reason = "again",
                version = version + 1,
            },
            HttpStatusCode.OK
        );
        Assert.Equal(version + 1, (await WorkerAsync(nss)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Two_operators_changing_one_worker_at_once_one_is_refused_with_409()
    {
        const string nss = "31058512349";
        await app.Host.EnrollAndWaitAsync(nss);
        var version = (await WorkerAsync(nss)).GetProperty("version").GetInt64();

        await ChangeAsync(
            nss,
            new
            {
                email = "first@example.org",
                reason = "first operator",
                version,
            },
            HttpStatusCode.OK
        );
        var refused = (
            await ChangeAsync(
                nss,
                new
                {
                    language = "en",
                    reason = "second operator, from the same reading",
                    version,
                },
                HttpStatusCode.Conflict
            )
        ).ReadAsJson<JsonElement>();
        Assert.Contains("changed", refused.GetProperty("detail").GetString());
        var now = await WorkerAsync(nss);
        Assert.Equal(
            ("first@example.org", "es"),
            (now.GetProperty("email").GetString(), now.GetProperty("language").GetString())
        );
    }

    [Fact]
    public async Task Each_bad_field_is_named()
    {
        const string nss = "43129076543";
        await app.Host.EnrollAndWaitAsync(nss);
        var version = (await WorkerAsync(nss)).GetProperty("version").GetInt64();

        var errors = (
            await ChangeAsync(
                nss,
                new
                {
                    email = "not-an-address",
                    language = "fr",
                    beneficiaries = new[] { new { relationship = "cousin", name = "" } },
                    version,
                },
                HttpStatusCode.BadRequest
            )
        ).ReadAsJson<JsonElement>().GetProperty("errors");
        foreach (
            var field in new[]
            {
                "email",
                "language",
                "reason",
                "beneficiaries[0].relationship",
                "beneficiaries[0].name",
            }
        )
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named: {errors}");
        var noVersion = (
            await ChangeAsync(nss, new { email = "a@example.org", reason = "r" }, HttpStatusCode.BadRequest)
        ).ReadAsJson<JsonElement>();
        Assert.True(noVersion.GetProperty("errors").TryGetProperty("version", out _));
        await ChangeAsync(
            "12345678904",
            new
            {
                email = "a@example.org",
                reason = "r",
                version,
            },
            HttpStatusCode.BadRequest
        );
        await ChangeAsync(
            "01988012348",
            new
            {
                email = "a@example.org",
                reason = "r",
                version,
            },
            HttpStatusCode.NotFound
        );
    }

    [Fact]
    public async Task A_notice_scheduled_before_a_change_is_sent_to_the_address_and_in_the_language_in_force_when_sent()
    {
        const string nss = "20202020200";
        await app.Host.EnrollAndWaitAsync(nss);
        // A notice scheduled with the details of the time (a scan), not sent yet.
        var worker = await app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession().LoadAsync<Worker>(nss);
        var notice = new NoticeScheduled(
            Nss.Parse(nss),
            "late:2026-05",
            NoticeKind.Late,
            new CoverageMonth(2026, 5),
            Language.Spanish,
            worker!.Email,
            worker.Name,
            1905.82m,
            1905.82m,
            new DateOnly(2026, 4, 20),
            new DateOnly(2026, 4, 16)
        );
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(
                new NoticeRecord
                {
                    Id = NoticeRecord.IdOf(nss, notice.NoticeId),
                    Nss = nss,
                    Notice = notice,
                    ScheduledAt = DateTimeOffset.UtcNow,
                }
            );
            await session.SaveChangesAsync();
        }

        var version = (await WorkerAsync(nss)).GetProperty("version").GetInt64();
        await ChangeAsync(
            nss,
            new
            {
                email = "new.address@example.org",
                language = "en",
                reason = "the old mailbox is closed",
                version,
            },
            HttpStatusCode.OK
        );
        await app.Host.InvokeMessageAndWaitAsync(new SendNotice(Nss.Parse(nss), notice.NoticeId));

        var file = Assert.Single(Directory.GetFiles(app.Mail, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("new.address@example.org", message.To.Mailboxes.Single().Address);
        Assert.DoesNotContain("Aviso", message.Subject); // English
        var record = await app
            .Host.Services.GetRequiredService<IDocumentStore>()
            .QuerySession()
            .LoadAsync<NoticeRecord>(NoticeRecord.IdOf(nss, notice.NoticeId));
        Assert.Equal((NoticeRecord.Sent, "new.address@example.org"), (record!.Status, record.Notice.Email));
    }
}
