using System.Globalization;
using Reconciliation.Domain.Statements.Parsers;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>The ISO dates of camt entries are read without the general format parser: it must agree with it
/// exactly.</summary>
public sealed class StatementDatesTests
{
    [Fact]
    public void Every_day_of_a_leap_and_a_common_year_reads_as_the_framework_reads_it()
    {
        for (var day = new DateOnly(2023, 1, 1); day < new DateOnly(2025, 1, 1); day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(StatementDates.TryParseDate(text, out var read), text);
            Assert.Equal(day, read);
        }
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2024-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("2026-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("2026-1-01")]
    [InlineData("2026/01/01")]
    [InlineData("2026-01-1a")]
    [InlineData("２026-01-01")]
    [InlineData("2026-01-01T00:00:00")]
    [InlineData(" 2026-01-01")]
    [InlineData("")]
    [InlineData("-026-01-01")]
    public void What_is_not_exactly_a_real_day_in_that_form_is_not_read(string text)
    {
        Assert.False(StatementDates.TryParseDate(text, out _));
        Assert.False(
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && text.Length == 10
                && !text.Any(c => c > 127),
            "the framework reads it: the test case is wrong"
        );
    }
}
