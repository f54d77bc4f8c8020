using Shipshape.Discovery;
using Shipshape.Facts.Python;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.General;

/// <summary>
/// Where a Python file chooses its database: <see cref="DatabaseUriFact"/>s (<c>SQLALCHEMY_DATABASE_URI</c>
/// and <c>DATABASE_URL</c> settings, <c>create_engine(url)</c>, Django's <c>DATABASES</c> engine) and
/// <see cref="EnginePoolFact"/>s (<c>SQLALCHEMY_ENGINE_OPTIONS</c> or <c>create_engine</c> keywords with
/// pool options). Read once per file; tests, scripts and development/test configuration classes are left out.
/// </summary>
public sealed class DatabaseSettings : IParsedFile<DatabaseSettings>
{
    private static readonly HashSet<string> UriSettings = new(StringComparer.Ordinal)
    {
        "SQLALCHEMY_DATABASE_URI", "SQLALCHEMY_DATABASE_URL", "DATABASE_URL", "DATABASE_URI", "DB_URL",
    };

    private static readonly HashSet<string> EnvironmentReaders = new(StringComparer.Ordinal)
    {
        "os.getenv", "os.environ.get", "os.environ.setdefault", "decouple.config", "environ.Env", "env", "config",
    };

    private static readonly HashSet<string> Engines = new(StringComparer.Ordinal)
    {
        "sqlalchemy.create_engine", "sqlalchemy.ext.asyncio.create_async_engine", "sqlmodel.create_engine",
    };

    private readonly List<DatabaseUriFact> _uris = [];
    private readonly List<EnginePoolFact> _pools = [];

    public IReadOnlyList<DatabaseUriFact> Uris => _uris;
    public IReadOnlyList<EnginePoolFact> Pools => _pools;

    public static DatabaseSettings Parse(FileContext file)
    {
        var settings = new DatabaseSettings();
        if (!CodePaths.IsTestOrScript(file.Path)) settings.Read(file);
        return settings;
    }

    private void Read(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        var semantics = index.Semantics;
        foreach (var (node, _, owner, _) in index.Nodes)
        {
            // Settings of a development or test configuration class are not the production database.
            if (owner is not null && IsNonProduction(owner.Name)) continue;
            switch (node)
            {
                case Assign { Targets: [var target], Value: var value } when SettingName(target, semantics) is { } setting:
                    Setting(file, setting, value, semantics);
                    break;
                case AnnAssign { Target: Name target, Value: { } value } when UriSettings.Contains(target.Id):
                    Uri(file, value, semantics);
                    break;
                case Keyword { Arg: { } setting, Value: var value } when UriSettings.Contains(setting) || setting == "SQLALCHEMY_ENGINE_OPTIONS":
                    Setting(file, setting, value, semantics);
                    break;
                case Dict dict:
                    DjangoEngine(file, dict, semantics);
                    break;
                case Call call when semantics.CalleeName(call) is { } callee && Engines.Contains(callee):
                    if (call.Positional(0) is { } url) Uri(file, url, semantics);
                    var pool = call.Keywords.Where(k => k.Arg is { } name && IsPoolOption(name)).ToList();
                    if (pool.Count > 0)
                        _pools.Add(new EnginePoolFact(file.LocationOf(call.Range), pool.Select(k => k.Arg!).ToList(), pool.Select(k => Figure(file, k.Arg!, k.Value)).ToList()));
                    break;
            }
        }
    }

    private void Setting(FileContext file, string setting, Expr value, SemanticModel semantics)
    {
        if (UriSettings.Contains(setting))
        {
            Uri(file, value, semantics);
        }
        else if (setting == "SQLALCHEMY_ENGINE_OPTIONS" && value is Dict { Keys.Length: > 0 } options)
        {
            var entries = options.Keys.Zip(options.Values).Where(e => e.First is not null && semantics.StaticString(e.First) is not null)
                .Select(e => (Name: semantics.StaticString(e.First!)!, e.Second)).ToList();
            _pools.Add(new EnginePoolFact(file.LocationOf(value.Range), entries.Select(e => e.Name).ToList(),
                entries.Where(e => IsPoolOption(e.Name)).Select(e => Figure(file, e.Name, e.Second)).ToList()));
        }
    }

    private static NamedValue Figure(FileContext file, string name, Expr value) =>
        NamedValue.Read(name, value, new PythonValueReader(file), file.Python.Semantics);

    private void Uri(FileContext file, Expr value, SemanticModel semantics)
    {
        if (semantics.StaticString(value) is { } literal)
        {
            _uris.Add(new DatabaseUriFact(file.LocationOf(value.Range), literal, false));
        }
        else if (value is Call read && semantics.CalleeName(read) is { } reader && EnvironmentReaders.Contains(reader))
        {
            var fallback = read.Argument(1, "default") is { } given ? semantics.StaticString(given) : null;
            _uris.Add(new DatabaseUriFact(file.LocationOf(value.Range), fallback, true));
        }
        else if (value is Subscript subscript && semantics.QualifiedName(subscript.Value) is "os.environ")
        {
            _uris.Add(new DatabaseUriFact(file.LocationOf(value.Range), null, true));
        }
    }

    /// <summary>Django: <c>{"ENGINE": "django.db.backends.sqlite3", ...}</c>.</summary>
    private void DjangoEngine(FileContext file, Dict dict, SemanticModel semantics)
    {
        for (var i = 0; i < dict.Keys.Length && i < dict.Values.Length; i++)
        {
            if (dict.Keys[i] is not { } key || semantics.StaticString(key) != "ENGINE") continue;
            if (semantics.StaticString(dict.Values[i]) is { } engine && engine.StartsWith("django.db.backends.", StringComparison.Ordinal))
                _uris.Add(new DatabaseUriFact(file.LocationOf(dict.Values[i].Range), engine, false));
        }
    }

    private static string? SettingName(Expr target, SemanticModel semantics) => target switch
    {
        Name name when UriSettings.Contains(name.Id) || name.Id == "SQLALCHEMY_ENGINE_OPTIONS" => name.Id,
        Subscript { Slice: var key } when semantics.StaticString(key) is { } name && (UriSettings.Contains(name) || name == "SQLALCHEMY_ENGINE_OPTIONS") => name,
        _ => null,
    };

    private static bool IsNonProduction(string className) =>
        className.Contains("Dev", StringComparison.Ordinal) || className.Contains("Test", StringComparison.Ordinal)
        || className.Contains("Local", StringComparison.Ordinal);

    private static bool IsPoolOption(string keyword) =>
        keyword.StartsWith("pool_", StringComparison.Ordinal) || keyword is "max_overflow" or "poolclass";
}
