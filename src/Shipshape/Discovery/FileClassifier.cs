namespace Shipshape.Discovery;

/// <summary>Decides a file's kind from its name and folder, the way the tools that read it do.</summary>
public static class FileClassifier
{
    public static FileKind Classify(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var name = relativePath[(slash + 1)..];
        var lower = name.ToLowerInvariant();
        var folder = slash < 0 ? "" : relativePath[..slash].ToLowerInvariant();

        if (lower.EndsWith(".py", StringComparison.Ordinal))
            return lower.StartsWith("gunicorn", StringComparison.Ordinal) ? FileKind.GunicornConfig : FileKind.Python;
        if (lower is "dockerfile" or "containerfile" || lower.StartsWith("dockerfile.", StringComparison.Ordinal)
            || lower.EndsWith(".dockerfile", StringComparison.Ordinal))
            return FileKind.Dockerfile;
        if (IsYaml(lower) && (lower.StartsWith("docker-compose", StringComparison.Ordinal) || lower.StartsWith("compose", StringComparison.Ordinal)))
            return FileKind.Compose;
        if (lower is ".env" or ".flaskenv" || lower.StartsWith(".env.", StringComparison.Ordinal) || lower.EndsWith(".env", StringComparison.Ordinal))
            return FileKind.Env;
        if (lower.EndsWith(".txt", StringComparison.Ordinal) && (lower.StartsWith("requirements", StringComparison.Ordinal)
            || lower.StartsWith("constraints", StringComparison.Ordinal) || folder.EndsWith("requirements", StringComparison.Ordinal)))
            return FileKind.Requirements;
        if (lower == "pyproject.toml") return FileKind.Pyproject;
        if (lower == "pipfile") return FileKind.Pipfile;
        if (lower == "procfile") return FileKind.Procfile;
        if (lower.EndsWith(".html", StringComparison.Ordinal) || lower.EndsWith(".htm", StringComparison.Ordinal)
            || lower.EndsWith(".jinja", StringComparison.Ordinal) || lower.EndsWith(".jinja2", StringComparison.Ordinal)
            || lower.EndsWith(".j2", StringComparison.Ordinal))
            return FileKind.Template;
        if (lower.EndsWith(".md", StringComparison.Ordinal) || lower.EndsWith(".markdown", StringComparison.Ordinal))
            return FileKind.Markdown;
        if (IsYaml(lower)) return FileKind.Yaml;
        return FileKind.Other;
    }

    private static bool IsYaml(string lower) =>
        lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".yaml", StringComparison.Ordinal);
}
