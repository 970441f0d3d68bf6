using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Words;

/// <summary>
/// A phrase as JSON: <c>{"key": "...", "args": [...]}</c>, each argument a string, <c>{"word": "..."}</c>, a phrase,
/// or an array of phrases. Stored with a queue item and in events, and given with an API's problem, so that a reader
/// can say it in their language. A stored phrase whose key the catalog no longer has reads as null: every phrase is
/// stored beside its English text, which a reader shows instead (the catalog's keys are kept, but a stream must stay
/// readable whatever happens to them).
/// </summary>
public sealed class PhraseJsonConverter : JsonConverter<Phrase>
{
    public override Phrase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonElement.ParseValue(ref reader);
        return Known(json) ? ToPhrase(json) : null;
    }

    /// <summary>Whether the catalog has the phrase's key, and those of every phrase in its arguments.</summary>
    private static bool Known(JsonElement json) =>
        json.TryGetProperty("key", out var key)
        && key.GetString() is { } name
        && Phrases.Catalog.ContainsKey(name)
        && json.GetProperty("args")
            .EnumerateArray()
            .All(a =>
                a.ValueKind switch
                {
                    JsonValueKind.Array => a.EnumerateArray().All(Known),
                    JsonValueKind.Object when a.TryGetProperty("word", out _) => true,
                    JsonValueKind.Object => Known(a),
                    _ => true,
                }
            );

    public override void Write(Utf8JsonWriter writer, Phrase value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("key", value.Key);
        writer.WriteStartArray("args");
        foreach (var argument in value.Args)
            WriteArgument(writer, argument, options);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteArgument(Utf8JsonWriter writer, object argument, JsonSerializerOptions options)
    {
        switch (argument)
        {
            case Phrase phrase:
                Write(writer, phrase, options);
                break;
            case Word word:
                writer.WriteStartObject();
                writer.WriteString("word", word.Name);
                writer.WriteEndObject();
                break;
            case Phrase[] list:
                writer.WriteStartArray();
                foreach (var phrase in list)
                    Write(writer, phrase, options);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue((string)argument);
                break;
        }
    }

    private static Phrase ToPhrase(JsonElement json) =>
        new(
            json.GetProperty("key").GetString()!,
            json.GetProperty("args").EnumerateArray().Select(ToArgument).ToArray()
        );

    private static object? ToArgument(JsonElement json) =>
        json.ValueKind switch
        {
            JsonValueKind.String => json.GetString(),
            JsonValueKind.Array => json.EnumerateArray().Select(ToPhrase).ToArray(),
            JsonValueKind.Object when json.TryGetProperty("word", out var word) => new Word(word.GetString()!),
            JsonValueKind.Object => ToPhrase(json),
            _ => json.GetRawText(),
        };
}
