using System.Globalization;
using System.Text.Json.Serialization;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Words;

/// <summary>
/// A sentence the system says to a person (a refusal, why an item waits in the queue, what an event did), kept as a
/// key of <see cref="Phrases"/> and its arguments, so that each reader gets it in their language: the API answers in
/// English, the console in its operator's. An argument is text already written (an amount, a date, an id), a
/// <see cref="Word"/> (a status or a kind, said in the reader's language), another phrase, or a list of phrases (said
/// one after the other, separated by semicolons; given as a <see cref="List{T}"/>).
/// </summary>
[JsonConverter(typeof(PhraseJsonConverter))]
public sealed record Phrase
{
    public Phrase(string key, params object?[] args)
    {
        if (!Phrases.Catalog.ContainsKey(key))
            throw new ArgumentException($"No phrase '{key}' in the catalog.", nameof(key));
        // An array of phrases given alone would stand for the arguments themselves (array covariance): a list is
        // passed as a List.
        if (args.GetType() != typeof(object[]))
            throw new ArgumentException("Give a list of phrases as a List, not an array.", nameof(args));
        Key = key;
        Args = args.Select(Argument).ToArray();
    }

    public string Key { get; }

    /// <summary>Each a <see cref="string"/>, a <see cref="Word"/>, a <see cref="Phrase"/> or an array of
    /// phrases.</summary>
    public IReadOnlyList<object> Args { get; }

    public string In(Language language)
    {
        var (english, spanish) = Phrases.Catalog[Key];
        var args = Args.Select(a => Say(a, language)).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, language == Language.English ? english : spanish, args);
    }

    /// <summary>English: what the API says.</summary>
    public override string ToString() => In(Language.English);

    public bool Equals(Phrase? other) => other is not null && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode();

    private static object Argument(object? value) =>
        value switch
        {
            string or Word or Phrase or Phrase[] => value,
            IEnumerable<Phrase> list => list.ToArray(),
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

    private static string Say(object argument, Language language) =>
        argument switch
        {
            Phrase phrase => phrase.In(language),
            Word word => word.In(language),
            Phrase[] list => string.Join("; ", list.Select(p => p.In(language))),
            _ => (string)argument,
        };
}

/// <summary>A name the API writes (a status, a kind, an action): in English as the API spells it, in Spanish in the
/// words of <see cref="Phrases.Names"/> (as the API spells it when they have none).</summary>
public sealed record Word(string Name)
{
    public string In(Language language) =>
        language == Language.Spanish && Phrases.Names.TryGetValue(Name, out var words) ? words.Es : Name;

    public override string ToString() => In(Language.English);
}
