namespace Reconciliation.Api.Web;

/// <summary>
/// The console's words, in Spanish (the default) and English. The language is the <c>lang</c> cookie, set by the
/// switch in the header (<c>?lang=en</c>). One dictionary per language, so a missing word fails the test that reads
/// every key in both.
/// </summary>
public sealed partial class ConsoleText(string language)
{
    public const string Cookie = "imss_lang";

    public string Language { get; } = language == "en" ? "en" : "es";

    /// <summary>The language the switch leads to.</summary>
    public string Other => Language == "en" ? "es" : "en";

    public string this[string key] => (Language == "en" ? English : Spanish)[key];

    /// <summary>A word with its blanks (<c>{0}</c>, …) filled in.</summary>
    public string Format(string key, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], arguments);

    public static ConsoleText For(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        if (asked is "es" or "en")
        {
            context.Response.Cookies.Append(
                Cookie,
                asked,
                new CookieOptions
                {
                    HttpOnly = true,
                    Secure = true,
                    SameSite = SameSiteMode.Strict,
                    MaxAge = TimeSpan.FromDays(365),
                }
            );
            return new ConsoleText(asked);
        }
        return new ConsoleText(context.Request.Cookies[Cookie] ?? "es");
    }
}
