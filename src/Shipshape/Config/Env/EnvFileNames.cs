namespace Shipshape.Config.Env;

/// <summary>
/// What an env file is for, from its name: a template to copy (<c>.env.example</c>), settings for
/// development or tests only (<c>.env.development</c>, <c>.env.local</c>, <c>.flaskenv</c> which only
/// <c>flask run</c> reads), or settings that may reach production (<c>.env</c>, <c>.env.production</c>).
/// </summary>
public static class EnvFileNames
{
    private static readonly string[] TemplateMarkers = ["example", "sample", "template", "dist", "defaults", "tmpl"];
    private static readonly string[] DevelopmentMarkers = ["dev", "development", "local", "test", "testing", "ci"];

    public static bool IsTemplate(string path) => Markers(path).Any(m => TemplateMarkers.Contains(m));

    public static bool IsDevelopmentOnly(string path) =>
        FileName(path) == ".flaskenv" || Markers(path).Any(m => DevelopmentMarkers.Contains(m));

    /// <summary>Neither a template nor development-only: the values may be what production runs with.</summary>
    public static bool MayReachProduction(string path) => !IsTemplate(path) && !IsDevelopmentOnly(path);

    private static string FileName(string path) => path[(path.Replace('\\', '/').LastIndexOf('/') + 1)..].ToLowerInvariant();

    // ".env.production.local" → ["production", "local"]; "dev.env" → ["dev"].
    private static IEnumerable<string> Markers(string path) =>
        FileName(path).Split('.', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "env");
}
