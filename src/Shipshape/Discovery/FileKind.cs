namespace Shipshape.Discovery;

/// <summary>What a discovered file is, decided from its name (see <see cref="FileClassifier"/>).</summary>
public enum FileKind
{
    Other,
    Python,
    /// <summary>HTML or Jinja/Django template.</summary>
    Template,
    Dockerfile,
    Compose,
    /// <summary>.env, .env.production, .flaskenv, ...</summary>
    Env,
    /// <summary>requirements*.txt, constraints*.txt.</summary>
    Requirements,
    Pyproject,
    Pipfile,
    Procfile,
    /// <summary>gunicorn.conf.py and similar: Python read as server configuration.</summary>
    GunicornConfig,
    Markdown,
    /// <summary>YAML other than compose (CI workflows, app config).</summary>
    Yaml,
}

public static class FileKindExtensions
{
    public static string Id(this FileKind kind) => kind switch
    {
        FileKind.Python => "python",
        FileKind.Template => "template",
        FileKind.Dockerfile => "dockerfile",
        FileKind.Compose => "compose",
        FileKind.Env => "env",
        FileKind.Requirements => "requirements",
        FileKind.Pyproject => "pyproject",
        FileKind.Pipfile => "pipfile",
        FileKind.Procfile => "procfile",
        FileKind.GunicornConfig => "gunicorn-config",
        FileKind.Markdown => "markdown",
        FileKind.Yaml => "yaml",
        _ => "other",
    };

    /// <summary>Files the Python front end parses.</summary>
    public static bool IsPython(this FileKind kind) => kind is FileKind.Python or FileKind.GunicornConfig;

    /// <summary>Configuration files read by a front end of their own (a binary one is a parse problem, not a skipped file).</summary>
    public static bool IsConfiguration(this FileKind kind) => kind is FileKind.Dockerfile or FileKind.Compose or FileKind.Env
        or FileKind.Requirements or FileKind.Pyproject or FileKind.Pipfile or FileKind.Procfile or FileKind.GunicornConfig;

    /// <summary>Files whose comments start with '#', where suppression comments are read.</summary>
    public static bool HasHashComments(this FileKind kind) => kind is not (FileKind.Markdown or FileKind.Template or FileKind.Other);
}
