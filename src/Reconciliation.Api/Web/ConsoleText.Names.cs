using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Web;

/// <summary>The API's names and the system's phrases, as the console says them.</summary>
public sealed partial class ConsoleText
{
    /// <summary>The console's language as the domain names it (a phrase is said in it).</summary>
    public Language Speaks => Language == "en" ? Domain.Workers.Language.English : Domain.Workers.Language.Spanish;

    /// <summary>An API name (a status, a kind, a check) in the console's language; as the API spells it when the
    /// catalog has no words for it.</summary>
    public string Name(string apiName) =>
        Phrases.Names.TryGetValue(apiName, out var words) ? (Language == "en" ? words.En : words.Es) : apiName;

    /// <summary>A request's field, named as the decision form labels it.</summary>
    public string Field(string apiField) =>
        apiField switch
        {
            "reason" => this["reason"],
            "month" => this["monthField"],
            "nss" => this["nss"],
            "amount" => this["amount"],
            "rest" => this["rest"],
            "depositId" => this["depositId"],
            _ => apiField,
        };

    public string Say(Phrase phrase) => phrase.In(Speaks);

    /// <summary>Where in a file a problem sits.</summary>
    public string Where(string location) => Locations.In(location, Speaks);

    /// <summary>Why a file has a problem; in the API's English when it was recorded before phrases were kept.</summary>
    public string Why(Domain.Statements.Import.ImportProblem problem) =>
        problem.Why is { } why ? Say(why) : problem.Reason;

    /// <summary>A problem of a file: where and why.</summary>
    public string Say(Domain.Statements.Import.ImportProblem problem) => $"{Where(problem.Location)}: {Why(problem)}";
}
