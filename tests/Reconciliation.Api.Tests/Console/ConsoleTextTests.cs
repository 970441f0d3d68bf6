using Reconciliation.Api.Web;
using Reconciliation.Domain.Coverage;

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
        Assert.Equal("late-coverage-gap", new ConsoleText("es").Name("late-coverage-gap")); // unknown: as the API says
    }

    [Fact]
    public void Every_event_of_a_workers_stream_has_its_words()
    {
        Assert.All(WorkerStream.EventTypes, t => Assert.True(EventWords.Words.ContainsKey(t.Name), t.Name));
    }
}
