using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

public sealed class RfcJsonConverter : JsonConverter<Rfc>
{
    public override Rfc Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = Rfc.TryParse(reader.GetString());
        return result.Value ?? throw new JsonException($"Invalid RFC: {result.Error}");
    }

    public override void Write(Utf8JsonWriter writer, Rfc value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
