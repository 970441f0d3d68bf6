using System.Text.Json;
using System.Text.RegularExpressions;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Words;

/// <summary>The phrases the system says: both languages take the same arguments, a phrase survives being stored, and
/// an API name is said in Spanish from the catalog.</summary>
public sealed partial class PhraseTests
{
    [Fact]
    public void Every_phrase_takes_as_many_arguments_in_both_languages()
    {
        Assert.All(Phrases.Catalog, p => Assert.True(Arguments(p.Value.En) == Arguments(p.Value.Es), p.Key));
    }

    [Fact]
    public void An_array_of_phrases_is_refused_as_arguments() =>
        Assert.Throws<ArgumentException>(() => new Phrase("possible-duplicate", new[] { new Phrase("none") }));

    [Fact]
    public void A_phrase_is_said_in_each_language_with_its_words_and_inner_phrases()
    {
        var underpaid = new Mismatch(11_424.92m, 6, 1_905.82m, 11_434.92m).Describe();

        Assert.Equal("underpaid by 10.00 against 6 months (11,434.92)", underpaid.ToString());
        Assert.Equal("pagó 10.00 de menos frente a 6 meses (11,434.92)", underpaid.In(Language.Spanish));
        var notSuspense = new Phrase("not-in-suspense", new Word("refund-requested"));
        Assert.Equal("The deposit is refund-requested, not in suspense.", notSuspense.ToString());
        Assert.Equal(
            "El depósito tiene el estado «reembolso solicitado»; no está en suspenso.",
            notSuspense.In(Language.Spanish)
        );
        var nss = Nss.TryParse("12345678904");
        Assert.Equal("check digit is 4, expected 3", nss.Error);
        Assert.Equal(
            "el NSS tiene el dígito verificador 4; se esperaba 3",
            new Phrase("nss-invalid", nss.ErrorPhrase).In(Language.Spanish)
        );
    }

    [Fact]
    public void A_stored_phrase_reads_back_the_same_with_words_phrases_and_lists()
    {
        var candidate = new Phrase("candidate", "D1", "1,905.82", "2026-11-03", new Word("matched"), "");
        var phrase = new Phrase("possible-duplicate", new List<Phrase> { candidate, new Phrase("as-is", "D2") });

        var read = JsonSerializer.Deserialize<Phrase>(JsonSerializer.Serialize(phrase))!;

        Assert.Equal(phrase.In(Language.Spanish), read.In(Language.Spanish));
        Assert.Equal(phrase.ToString(), read.ToString());
        Assert.Contains("D1 (1,905.82 del 2026-11-03, conciliado); D2", read.In(Language.Spanish));
    }

    [Fact]
    public void A_stored_phrase_whose_key_the_catalog_no_longer_has_reads_as_nothing()
    {
        Assert.Null(JsonSerializer.Deserialize<Phrase>("""{"key": "gone-since", "args": []}"""));
        Assert.Null(
            JsonSerializer.Deserialize<Phrase>(
                """{"key": "possible-duplicate", "args": [[{"key": "gone", "args": []}]]}"""
            )
        );
        Assert.NotNull(JsonSerializer.Deserialize<Phrase>("""{"key": "as-is", "args": ["D1"]}"""));
    }

    [Fact]
    public void A_phrase_the_catalog_lacks_is_refused_where_it_is_written() =>
        Assert.Throws<ArgumentException>(() => new Phrase("no-such-phrase"));

    [Fact]
    public void A_name_without_words_is_said_as_the_API_spells_it() =>
        Assert.Equal("something-new", new Word("something-new").In(Language.Spanish));

    /// <summary>How many arguments a format reads: its highest <c>{n}</c>, plus one.</summary>
    private static int Arguments(string format) =>
        Placeholder().Matches(format).Select(m => int.Parse(m.Groups[1].Value) + 1).DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
