using System.Runtime.CompilerServices;
using Reconciliation.Api.Web;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Api.Tests.Console;

/// <summary>The console says every word in both its languages.</summary>
public sealed class ConsoleTextTests
{
    [Fact]
    public void Spanish_and_English_have_the_same_words_and_none_is_empty()
    {
        Assert.Equal(ConsoleText.Spanish.Keys.Order(), ConsoleText.English.Keys.Order());
        Assert.All(ConsoleText.Spanish.Values.Concat(ConsoleText.English.Values), w =>
            Assert.False(string.IsNullOrWhiteSpace(w))
        );
        Assert.Equal("Hoy", new ConsoleText("es")["today"]);
        Assert.Equal("Today", new ConsoleText("en")["today"]);
        Assert.Equal("es", new ConsoleText("fr").Language); // anything else is Spanish
        Assert.Equal("en suspenso", new ConsoleText("es").Name("suspense"));
        Assert.Equal("imported with errors", new ConsoleText("en").Name("imported-with-errors"));
        Assert.Equal("tardío, con meses perdidos", new ConsoleText("es").Name("late-coverage-gap"));
        Assert.Equal("brand-new", new ConsoleText("es").Name("brand-new")); // unknown: as the API says
    }

    /// <summary>Each event type reaches its own case: an event made without its fields gets past the type's match
    /// (and may then fail on a missing field), but never to the "no sentence" refusal.</summary>
    [Fact]
    public void Every_event_of_a_workers_stream_has_its_sentence()
    {
        Assert.All(WorkerStream.EventTypes, t =>
        {
            var blank = RuntimeHelpers.GetUninitializedObject(t);
            var error = Record.Exception(() => EventWords.Of(blank));
            Assert.False(error is NoSentenceException, t.Name);
        });
        Assert.Throws<NoSentenceException>(() => EventWords.Of(new object()));
    }

    [Fact]
    public void A_workers_event_is_a_sentence_in_the_consoles_language()
    {
        var refunded = new CreditRefunded(
            Nss.Parse("12345678903"),
            "D1",
            1_300m,
            "ana",
            "sent by mistake",
            new DateOnly(2026, 12, 4)
        );
        Assert.Equal(
            "1,300.00 del depósito D1 a reembolsar; decidido por ana: sent by mistake",
            new ConsoleText("es").Say(EventWords.Of(refunded))
        );
        Assert.Equal(
            "1,300.00 of deposit D1 to be refunded; decided by ana: sent by mistake",
            new ConsoleText("en").Say(EventWords.Of(refunded))
        );
    }
}
