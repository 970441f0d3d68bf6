namespace Reconciliation.Domain.Words;

/// <summary>
/// Every sentence the system says to a person, in English (what the API answers) and Spanish (what the console says
/// first): a composite format per language, <c>{0}</c>… its arguments. A test holds both languages to the same
/// arguments. Its parts are properties, read once here, so that no part is read before it is built.
/// </summary>
public static partial class Phrases
{
    public static readonly IReadOnlyDictionary<string, (string En, string Es)> Catalog = new[]
    {
        Refusals,
        Reasons,
        History,
        Flags,
        Files,
        Imports,
    }
        .SelectMany(part => part)
        .ToDictionary(p => p.Key, p => p.Value);
}
