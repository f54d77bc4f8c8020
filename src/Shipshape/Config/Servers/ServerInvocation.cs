using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shipshape.Config.Servers;

/// <summary>
/// A server started by a command line (Dockerfile CMD/ENTRYPOINT, compose <c>command</c>, a Procfile
/// line). <see cref="Options"/> holds the recognised options under canonical names (see
/// <see cref="ServerOptions"/>); <see cref="Arguments"/> the positional words (the app, the script).
/// </summary>
public sealed partial record ServerInvocation(
    ServerKind Kind,
    ImmutableDictionary<string, string> Options,
    ImmutableArray<string> Arguments,
    string CommandText)
{
    [GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$")]
    private static partial Regex VariableWithDefault();

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public bool HasOption(string name) => Options.ContainsKey(name);

    /// <summary>
    /// An integer option; a <c>${VAR:-4}</c> reference counts as its default, any other variable
    /// reference as unknown (null, but <see cref="HasOption"/> is still true).
    /// </summary>
    public int? IntOption(string name)
    {
        if (Option(name) is not { } text)
            return null;
        if (VariableWithDefault().Match(text) is { Success: true } match)
            text = match.Groups[1].Value;
        return int.TryParse(text, out var value) ? value : null;
    }

    public int? Workers => IntOption(ServerOptions.Workers);

    public bool Reload => HasOption(ServerOptions.Reload);

    /// <summary>The framework's development server, or a production server in auto-reload mode.</summary>
    public bool IsDevelopmentServer => Kind is ServerKind.FlaskRun or ServerKind.DjangoRunserver or ServerKind.PythonScript || Reload;

    /// <summary>Servers that can run several worker processes (waitress is one process with threads).</summary>
    public bool IsMultiProcessCapable => Kind is ServerKind.Gunicorn or ServerKind.Uvicorn or ServerKind.Hypercorn;
}
