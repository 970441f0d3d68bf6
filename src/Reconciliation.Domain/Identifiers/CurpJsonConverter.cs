using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

public sealed class CurpJsonConverter : JsonConverter<Curp>
{
    public override Curp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = Curp.TryParse(reader.GetString());
        return result.Value ?? throw new JsonException($"Invalid CURP: {result.Error}");
    }

    public override void Write(Utf8JsonWriter writer, Curp value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
