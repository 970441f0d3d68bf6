using System.Text.Json;

namespace Reconciliation.Domain;

/// <summary>The names an enum's values have in JSON (<c>possible-duplicate</c>, <c>imported-with-errors</c>): what the
/// API answers, what the documents store, and what a query string or raw SQL compares with.</summary>
public static class JsonNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => Names<T>.ByValue[value];

    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Names<T>.ByValue.Values.ToList();

    public static T? Parse<T>(string? name)
        where T : struct, Enum => name is not null && Names<T>.ByName.TryGetValue(name, out var value) ? value : null;

    // Read once per enum from its JSON converter: a flag's or an item's id is built with them in the import.
    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>()
            .ToDictionary(v => v, v => JsonSerializer.Serialize(v).Trim('"'));

        public static readonly Dictionary<string, T> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key);
    }
}
