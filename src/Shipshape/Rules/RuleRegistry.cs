using System.Reflection;

namespace Shipshape.Rules;

/// <summary>
/// Every rule and fact collector of an assembly, found by reflection once at start-up: a new rule
/// is a new class, nothing to register by hand. Rules are ordered by id.
/// </summary>
public sealed class RuleRegistry
{
    private static readonly Lazy<RuleRegistry> BuiltIn = new(() => FromAssembly(typeof(RuleRegistry).Assembly));

    public RuleRegistry(IEnumerable<IRule> rules, IEnumerable<IFactCollector> collectors)
    {
        Rules = rules.OrderBy(r => r.Metadata.Id, StringComparer.Ordinal).ToList();
        Collectors = collectors.OrderBy(c => c.GetType().FullName, StringComparer.Ordinal).ToList();
        var duplicate = Rules.GroupBy(r => r.Metadata.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two rules share the id {duplicate.Key}.");
    }

    /// <summary>The rules and collectors built into Shipshape.</summary>
    public static RuleRegistry Default => BuiltIn.Value;

    public IReadOnlyList<IRule> Rules { get; }
    public IReadOnlyList<IFactCollector> Collectors { get; }
    public IEnumerable<IFileRule> FileRules => Rules.OfType<IFileRule>();
    public IEnumerable<IProjectRule> ProjectRules => Rules.OfType<IProjectRule>();

    public IRule? Find(string id) =>
        Rules.FirstOrDefault(r => string.Equals(r.Metadata.Id, id, StringComparison.OrdinalIgnoreCase));

    public static RuleRegistry FromAssembly(Assembly assembly)
    {
        var types = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();
        return new(
            types.Where(typeof(IRule).IsAssignableFrom).Select(t => (IRule)Activator.CreateInstance(t)!),
            types.Where(typeof(IFactCollector).IsAssignableFrom).Select(t => (IFactCollector)Activator.CreateInstance(t)!));
    }
}
