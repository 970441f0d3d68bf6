namespace Reconciliation.Api.Web;

/// <summary>The console's style sheet, embedded in the assembly and served at <c>/console.css</c> to anyone (it holds
/// no data: the login page needs it before a session exists).</summary>
public static class ConsoleAssets
{
    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("console.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static void MapConsoleAssets(this WebApplication app) =>
        app.MapGet("/console.css", () => Results.Text(Css.Value, "text/css; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
