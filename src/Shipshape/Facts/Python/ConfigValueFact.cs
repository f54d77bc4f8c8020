using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>Where a configuration value is set.</summary>
public enum ConfigScopeKind
{
    /// <summary><c>app.config['KEY'] = ...</c>, <c>app.config.update(KEY=...)</c>, <c>app.debug = ...</c>.</summary>
    AppConfig,

    /// <summary>An attribute of a configuration class (<c>class ProductionConfig(Config)</c>, a pydantic <c>BaseSettings</c>).</summary>
    ConfigClass,

    /// <summary>A module-level name of a Django settings module.</summary>
    DjangoSettings,

    /// <summary>A <c>KEY=value</c> line of an env file (<c>.env</c>, <c>.env.production</c>): what <c>os.getenv</c> returns where that file is loaded.</summary>
    EnvFile,
}

/// <summary>
/// One configuration value as written: <paramref name="Name"/> (upper-case key), where it is set
/// (<paramref name="Scope"/> is the class name, the settings module's dotted name, or the app variable),
/// and its <see cref="PythonValue"/>. Which values production sees is decided by <see cref="ProductionConfig"/>.
/// </summary>
public sealed record ConfigValueFact(string Name, ConfigScopeKind ScopeKind, string Scope, PythonValue Value, Location Location)
{
    /// <summary>Set inside an <c>if</c> (<c>if os.getenv('FLASK_ENV') == 'development': app.config['DEBUG'] = True</c>): not every run sees it.</summary>
    public bool Conditional { get; init; }

    public override string ToString() => $"{Scope}.{Name} = {Value} at {Location}";
}
