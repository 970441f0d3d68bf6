using System.Runtime.CompilerServices;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Notices;

/// <summary>
/// Snapshot tests of every notice in both languages: the rendered subject, text and HTML must equal
/// the approved files in Snapshots/. A difference fails and writes <c>*.received.*</c> beside the
/// approved file; review it and rename it to approve the change.
/// </summary>
public sealed class NoticeTemplateTests
{
    public static TheoryData<NoticeKind, Language> All() =>
        new()
        {
            { NoticeKind.Reminder, Language.Spanish },
            { NoticeKind.Reminder, Language.English },
            { NoticeKind.Late, Language.Spanish },
            { NoticeKind.Late, Language.English },
            { NoticeKind.Lapse, Language.Spanish },
            { NoticeKind.Lapse, Language.English },
            { NoticeKind.Amount, Language.Spanish },
            { NoticeKind.Amount, Language.English },
        };

    private static NoticeScheduled Notice(NoticeKind kind, Language language) =>
        new(
            Nss.Parse("12345678903"),
            NoticeScheduled.IdOf(kind, new CoverageMonth(2026, 5)),
            kind,
            new CoverageMonth(2026, 5),
            language,
            "gabriela@example.com",
            "Gabriela Hernández García",
            1905.82m,
            AmountDue: kind == NoticeKind.Amount ? 405.82m : 1905.82m,
            Deadline: kind == NoticeKind.Lapse ? new DateOnly(2026, 5, 20) : new DateOnly(2026, 4, 20),
            ScheduledOn: new DateOnly(2026, 4, 10),
            Received: kind == NoticeKind.Amount ? 1000.00m : null,
            Expected: kind == NoticeKind.Amount ? 1905.82m : null,
            HeldTotal: kind == NoticeKind.Amount ? 1500.00m : null,
            ExpectedMonths: kind == NoticeKind.Amount ? 1 : null
        );

    [Theory]
    [MemberData(nameof(All))]
    public void Every_notice_matches_its_approved_snapshot(NoticeKind kind, Language language)
    {
        var message = NoticeTemplates.Render(Notice(kind, language));
        var name = $"{kind.Name()}.{(language == Language.English ? "en" : "es")}";
        Approve($"{name}.txt", $"Subject: {message.Subject}\n\n{message.Text}");
        Approve($"{name}.html", message.Html);
    }

    [Theory]
    [InlineData(Language.Spanish)]
    [InlineData(Language.English)]
    public void An_overpayment_notice_says_how_much_more_was_received_and_asks_for_nothing(Language language)
    {
        var notice = Notice(NoticeKind.Amount, language) with
        {
            Received = 2000.00m,
            HeldTotal = 2000.00m,
            AmountDue = 0m,
        };
        var message = NoticeTemplates.Render(notice);
        var name = $"amount-overpaid.{(language == Language.English ? "en" : "es")}";
        Approve($"{name}.txt", $"Subject: {message.Subject}\n\n{message.Text}");
        Approve($"{name}.html", message.Html);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_notice_carries_the_payment_instructions_with_the_exact_fee_and_NSS(
        NoticeKind kind,
        Language language
    )
    {
        var message = NoticeTemplates.Render(Notice(kind, language));
        foreach (var part in new[] { message.Text, message.Html })
        {
            Assert.Contains("044180001068672782", part);
            Assert.Contains("Scotiabank", part);
            Assert.Contains("IMSS", part);
            Assert.Contains("12345678903", part);
            Assert.Contains("$1,905.82 MXN", part);
            Assert.Contains("Gabriela Hern", part);
        }
    }

    private static void Approve(string file, string actual, [CallerFilePath] string source = "")
    {
        var approved = Path.Combine(Path.GetDirectoryName(source)!, "Snapshots", file);
        var received = Path.ChangeExtension(approved, ".received" + Path.GetExtension(approved));
        actual = actual.ReplaceLineEndings("\n");
        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"{file} differs from its approved snapshot: see {received}");
    }
}
