namespace Shipshape.Reports;

/// <summary>The code-fence language for a snippet from a file, by the file's name.</summary>
public static class SnippetLanguage
{
    public static string ForPath(string? path)
    {
        var name = (path ?? "").Split('/')[^1].ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(".py", StringComparison.Ordinal) => "python",
            _ when name.StartsWith("dockerfile", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal) => "dockerfile",
            _ when name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal) => "yaml",
            _ when name.EndsWith(".toml", StringComparison.Ordinal) || name == "pipfile" => "toml",
            _ when name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal) => "html",
            _ when name.EndsWith(".j2", StringComparison.Ordinal) || name.Contains(".jinja", StringComparison.Ordinal) => "jinja",
            _ when name.StartsWith(".env", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal) => "bash",
            _ when name.EndsWith(".md", StringComparison.Ordinal) => "markdown",
            _ => "text",
        };
    }
}
