using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// The configuration values production sees, joined across files from the per-file facts:
/// <c>app.config[...]</c> assignments; for configuration classes, the production classes
/// (named "Prod…", else every class not named for development, testing or local use) with
/// inheritance followed (a subclass's attribute overrides its base's); for Django, the leaf
/// settings modules of the <c>from .base import *</c> chains (preferring one named "prod…").
/// </summary>
public sealed class ProductionConfig
{
    private static readonly string[] NonProductionWords = ["dev", "test", "local", "debug", "ci"];

    private readonly List<ConfigValueFact> _values;
    private readonly IReadOnlyList<ConfigValueFact> _written;

    private ProductionConfig(List<ConfigValueFact> values, IReadOnlyList<ConfigValueFact> written, IReadOnlyList<ConfigClassFact> classes,
        IReadOnlyList<string> djangoModules, Location? location)
    {
        _values = values;
        _written = written;
        ProductionClasses = classes;
        DjangoModules = djangoModules;
        Location = location;
    }

    /// <summary>Every value production sees, one per name and scope (app.config first, then classes, then Django settings).</summary>
    public IReadOnlyList<ConfigValueFact> Values => _values;

    /// <summary>The configuration classes production loads (empty when none).</summary>
    public IReadOnlyList<ConfigClassFact> ProductionClasses { get; }

    /// <summary>Dotted names of the Django settings modules production runs with (empty for other frameworks).</summary>
    public IReadOnlyList<string> DjangoModules { get; }

    /// <summary>Where a missing setting belongs: the production configuration class, or the production Django settings module (line 1); null when configuration is only set on the app.</summary>
    public Location? Location { get; }

    public bool IsDjango => DjangoModules.Count > 0;

    /// <summary>The first value production sees for <paramref name="name"/>, or null when it is never set.</summary>
    public ConfigValueFact? Get(string name) => _values.FirstOrDefault(v => v.Name == name);

    /// <summary>Every production-visible setting of <paramref name="name"/> (several production classes may each set it).</summary>
    public IEnumerable<ConfigValueFact> All(string name) => _values.Where(v => v.Name == name);

    /// <summary>
    /// True when <paramref name="location"/> lies in a configuration-class attribute or Django setting
    /// that production does not see: a development class's, a base class's that the production class
    /// overrides (in whatever module), a base settings module's that the production module replaces.
    /// False for code outside configuration classes and settings modules.
    /// </summary>
    public bool IsShadowed(Location location)
    {
        var setting = _written.Where(v => v.ScopeKind is ConfigScopeKind.ConfigClass or ConfigScopeKind.DjangoSettings && Spans(v, location))
            .OrderByDescending(v => (v.Location.StartLine, v.Location.StartColumn)).FirstOrDefault();
        return setting is not null && !_values.Contains(setting);
    }

    // From the setting's name to the end of its value, when the value is written there (not a constant defined elsewhere).
    private static bool Spans(ConfigValueFact setting, Location location)
    {
        var start = setting.Location;
        var value = setting.Value.Location;
        if (start.Path != location.Path || Before(location.StartLine, location.StartColumn, start.StartLine, start.StartColumn)) return false;
        var (endLine, endColumn) = value.Path == start.Path && !Before(value.StartLine, value.StartColumn, start.StartLine, start.StartColumn)
            ? (value.EndLine, value.EndColumn)
            : (start.EndLine, start.EndColumn);
        return !Before(endLine, endColumn, location.EndLine, location.EndColumn);
    }

    private static bool Before(int line, int column, int otherLine, int otherColumn) => line < otherLine || (line == otherLine && column < otherColumn);

    public static bool IsNonProduction(string name)
    {
        var lower = name.ToLowerInvariant();
        return NonProductionWords.Any(w => lower.Contains(w)) && !lower.Contains("prod");
    }

    public static ProductionConfig From(ProjectFacts facts)
    {
        var values = facts.Get(FactKeys.ConfigValues);
        var classes = facts.Get(FactKeys.ConfigClasses).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First());
        var effective = values.Where(v => v.ScopeKind == ConfigScopeKind.AppConfig).ToList();

        // Pydantic settings classes are instantiated directly, so they count beside a "Prod…" class hierarchy.
        var production = classes.Values.Where(c => c.Name.Contains("prod", StringComparison.OrdinalIgnoreCase)
            || (c.IsEnvironmentSettings && !IsNonProduction(c.Name))).ToList();
        if (production.Count == 0) production = classes.Values.Where(c => !IsNonProduction(c.Name)).ToList();
        var byClass = values.Where(v => v.ScopeKind == ConfigScopeKind.ConfigClass).ToLookup(v => v.Scope);
        foreach (var type in production)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ancestor in Lineage(type.Name, classes))
                foreach (var value in byClass[ancestor])
                    if (seen.Add(value.Name)) effective.Add(value);
        }

        var djangoModules = DjangoLeaves(facts, values);
        var byModule = values.Where(v => v.ScopeKind == ConfigScopeKind.DjangoSettings).ToLookup(v => v.Scope);
        var sources = facts.Get(FactKeys.ConfigSources).Where(s => s.Kind == "star-import").ToList();
        foreach (var leaf in djangoModules)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var module in StarChain(leaf, sources, byModule.Select(g => g.Key).ToList()))
                foreach (var value in byModule[module].Reverse())
                    if (seen.Add(value.Name)) effective.Add(value);
        }

        Location? location = production.Count > 0 ? production[0].Location
            : djangoModules.Count > 0 ? byModule[djangoModules[0]].Select(v => Model.Location.File(v.Location.Path)).FirstOrDefault()
            : null;
        return new(effective, values, production, djangoModules, location);
    }

    // The class, then its bases depth first (Python's MRO for single inheritance), each once.
    private static IEnumerable<string> Lineage(string name, Dictionary<string, ConfigClassFact> classes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([name]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!seen.Add(current)) continue;
            yield return current;
            if (!classes.TryGetValue(current, out var type)) continue;
            foreach (var basis in type.Bases.Reverse()) stack.Push(basis);
        }
    }

    private static List<string> DjangoLeaves(ProjectFacts facts, IReadOnlyList<ConfigValueFact> values)
    {
        var modules = values.Where(v => v.ScopeKind == ConfigScopeKind.DjangoSettings).Select(v => v.Scope).Distinct().ToList();
        var imported = facts.Get(FactKeys.ConfigSources).Where(s => s.Kind == "star-import").Select(s => s.Target).ToList();
        var leaves = modules.Where(m => !imported.Any(i => PythonModuleName.Matches(m, i))).ToList();
        var production = leaves.Where(m => m.Split('.')[^1].Contains("prod", StringComparison.OrdinalIgnoreCase)).ToList();
        return production.Count > 0 ? production : leaves.Where(m => !IsNonProduction(m.Split('.')[^1])).ToList();
    }

    // The leaf module, then the modules it star-imports, transitively (the leaf's own values win).
    private static IEnumerable<string> StarChain(string leaf, List<ConfigSourceFact> sources, List<string> modules)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([leaf]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current)) continue;
            yield return current;
            foreach (var source in sources.Where(s => s.Module == current))
                foreach (var module in modules.Where(m => PythonModuleName.Matches(m, source.Target)))
                    queue.Enqueue(module);
        }
    }
}
