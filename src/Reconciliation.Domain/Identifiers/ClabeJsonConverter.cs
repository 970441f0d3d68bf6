using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

public sealed class ClabeJsonConverter : JsonConverter<Clabe>
{
    public override Clabe Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = Clabe.TryParse(reader.GetString());
        return result.Value ?? throw new JsonException($"Invalid CLABE: {result.Error}");
    }

    public override void Write(Utf8JsonWriter writer, Clabe value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
