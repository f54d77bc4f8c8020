using Shipshape.Python.Ast;

namespace Shipshape.Python.Semantics;

/// <summary>
/// The names imports bind, anywhere in a module, to the qualified names they stand for:
/// <c>import a.b</c> binds <c>a</c> to "a"; <c>import a.b as x</c> binds <c>x</c> to "a.b";
/// <c>from a import b as c</c> binds <c>c</c> to "a.b"; relative imports keep their dots
/// (<c>from .m import f</c> binds <c>f</c> to ".m.f"). Star imports bind nothing. When a name is
/// imported twice with different targets (<c>try: import ujson as json / except: import json</c>),
/// the first in source order wins.
/// </summary>
internal sealed class ImportBindings : StatementWalker
{
    private readonly Dictionary<string, string> _bindings = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Collect(Module module)
    {
        var collector = new ImportBindings();
        collector.Walk(module);
        return collector._bindings;
    }

    protected override bool Visit(Stmt statement)
    {
        switch (statement)
        {
            case Import import:
                foreach (var alias in import.Names)
                {
                    if (alias.AsName is { } asName)
                    {
                        Bind(asName, alias.Name);
                    }
                    else
                    {
                        var top = alias.Name.Split('.')[0];
                        Bind(top, top);
                    }
                }

                return false;
            case ImportFrom from:
                var source = new string('.', from.Level) + (from.Module ?? "");
                foreach (var alias in from.Names)
                {
                    if (alias.Name != "*")
                    {
                        var separator = source.EndsWith('.') || source.Length == 0 ? "" : ".";
                        Bind(alias.AsName ?? alias.Name, source + separator + alias.Name);
                    }
                }

                return false;
            default:
                return true;
        }
    }

    private void Bind(string name, string qualifiedName) => _bindings.TryAdd(name, qualifiedName);
}
