using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Words;

/// <summary>
/// A phrase as JSON: <c>{"key": "...", "args": [...]}</c>, each argument a string, <c>{"word": "..."}</c>, a phrase,
/// or an array of phrases. Stored with a queue item and given with an API's problem, so that a reader can say it in
/// their language.
/// </summary>
public sealed class PhraseJsonConverter : JsonConverter<Phrase>
{
    public override Phrase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ToPhrase(JsonElement.ParseValue(ref reader));

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
