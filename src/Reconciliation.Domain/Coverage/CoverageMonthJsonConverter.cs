using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Coverage;

public sealed class CoverageMonthJsonConverter : JsonConverter<CoverageMonth>
{
    public override CoverageMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CoverageMonth.TryParse(reader.GetString(), out var m)
            ? m
            : throw new JsonException($"'{reader.GetString()}' is not a month YYYY-MM");

    public override void Write(Utf8JsonWriter writer, CoverageMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
