using System.Text.Json;

namespace Reconciliation.Domain;

/// <summary>The names an enum's values have in JSON (<c>possible-duplicate</c>, <c>imported-with-errors</c>): what the
/// API answers, what the documents store, and what a query string or raw SQL compares with.</summary>
public static class JsonNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(Of).ToList();

    public static T? Parse<T>(string? name)
        where T : struct, Enum => Enum.GetValues<T>().Where(v => Of(v) == name).Select(v => (T?)v).FirstOrDefault();
}
