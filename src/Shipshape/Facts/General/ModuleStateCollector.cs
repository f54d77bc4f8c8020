using System.Collections.Immutable;
using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="ModuleStateFact"/>s: module-level containers (<c>{}</c>, <c>[]</c>, <c>dict()</c>,
/// <c>set()</c>, <c>defaultdict(...)</c>, <c>OrderedDict()</c>) that a function of the module writes to,
/// by item assignment or a mutating method. A function that binds the same name locally (without
/// <c>global</c>) is writing its own variable and does not count.
/// </summary>
public sealed class ModuleStateCollector : IFactCollector
{
    private static readonly HashSet<string> Constructors = new(StringComparer.Ordinal)
    {
        "dict", "list", "set", "collections.defaultdict", "collections.OrderedDict", "collections.Counter",
    };

    private static readonly HashSet<string> Mutators = new(StringComparer.Ordinal)
    {
        "append", "extend", "insert", "update", "setdefault", "add", "__setitem__",
    };

    private static readonly HashSet<string> Evictors = new(StringComparer.Ordinal)
    {
        "pop", "popitem", "clear", "remove", "discard", "popleft", "__delitem__",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTestOrScript(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        var containers = ModuleContainers(file.Python.Parsed.Module, index);
        if (containers.Count == 0) return;

        var writers = containers.Keys.ToDictionary(name => name, _ => new List<string>(), StringComparer.Ordinal);
        var evicted = new HashSet<string>(StringComparer.Ordinal);
        var shadowed = LocallyBound(index);
        foreach (var (node, function, _, _) in index.Nodes)
        {
            if (function is null) continue;
            var (name, evicts) = node switch
            {
                Subscript { Value: Name target, Ctx: ExprContext.Store } => (target.Id, false),
                Subscript { Value: Name target, Ctx: ExprContext.Del } => (target.Id, true),
                Call { Func: Attribute { Value: Name target, Attr: var method } } when Mutators.Contains(method) => (target.Id, false),
                Call { Func: Attribute { Value: Name target, Attr: var method } } when Evictors.Contains(method) => (target.Id, true),
                Call { Func: Name { Id: "len" }, Args: [Name target] } => (target.Id, true),
                _ => (null, false),
            };
            if (name is null || !writers.TryGetValue(name, out var list) || shadowed.Contains((function.Definition.Range.Start, name))) continue;
            if (evicts) evicted.Add(name);
            else if (!list.Contains(function.Name)) list.Add(function.Name);
        }

        foreach (var (name, definition) in containers)
        {
            if (writers[name].Count == 0) continue;
            var lower = name.ToLowerInvariant();
            file.Facts.Add(FactKeys.ModuleState, new ModuleStateFact(name, file.LocationOf(definition.Range), writers[name],
                lower.Contains("cache", StringComparison.Ordinal) || lower.Contains("memo", StringComparison.Ordinal), evicted.Contains(name)));
        }
    }

    /// <summary>Top-level <c>NAME = container</c> statements, by name.</summary>
    private static Dictionary<string, Stmt> ModuleContainers(Module module, PythonIndex index)
    {
        var containers = new Dictionary<string, Stmt>(StringComparer.Ordinal);
        foreach (var statement in module.Body)
        {
            var (name, value) = statement switch
            {
                Assign { Targets: [Name target], Value: var v } => (target.Id, v),
                AnnAssign { Target: Name target, Value: { } v } => (target.Id, v),
                _ => (null, null),
            };
            if (name is null || value is null || name.StartsWith("__", StringComparison.Ordinal)) continue;
            var isContainer = value is Dict { Keys.Length: 0 } or List { Elts.Length: 0 }
                || value is Call call && index.Semantics.CalleeName(call) is { } callee && Constructors.Contains(callee);
            if (isContainer) containers[name] = statement;
        }

        return containers;
    }

    /// <summary>(function, name) pairs where the function assigns the name as its own local.</summary>
    /// <remarks>A function is identified by where its definition starts.</remarks>
    private static HashSet<(int, string)> LocallyBound(PythonIndex index)
    {
        var globals = new HashSet<(int, string)>();
        var locals = new HashSet<(int, string)>();
        foreach (var (node, function, _, _) in index.Nodes)
        {
            if (function is null) continue;
            switch (node)
            {
                case Global declaration:
                    foreach (var name in declaration.Names) globals.Add((function.Definition.Range.Start, name));
                    break;
                case Name { Ctx: ExprContext.Store } target:
                    locals.Add((function.Definition.Range.Start, target.Id));
                    break;
                case Arg parameter:
                    locals.Add((function.Definition.Range.Start, parameter.Name));
                    break;
            }
        }

        locals.ExceptWith(globals);
        return locals;
    }
}
