using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

public sealed class NssJsonConverter : JsonConverter<Nss>
{
    public override Nss Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = Nss.TryParse(reader.GetString());
        return result.Value ?? throw new JsonException($"Invalid NSS: {result.Error}");
    }

    public override void Write(Utf8JsonWriter writer, Nss value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
