namespace Reconciliation.Api.Web;

/// <summary>The console's style sheet and its one script (the upload's progress), embedded in the assembly and served
/// at <c>/console.css</c> and <c>/console.js</c> to anyone (they hold no data: the login page needs the style sheet
/// before a session exists).</summary>
public static class ConsoleAssets
{
    private static readonly Lazy<string> Css = new(() => Read("console.css"));
    private static readonly Lazy<string> Script = new(() => Read("console.js"));

    public static void MapConsoleAssets(this WebApplication app)
    {
        app.MapGet("/console.css", () => Results.Text(Css.Value, "text/css; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet("/console.js", () => Results.Text(Script.Value, "text/javascript; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static string Read(string name)
    {
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
