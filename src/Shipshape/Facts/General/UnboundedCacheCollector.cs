using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.General;

/// <summary>Publishes <see cref="UnboundedCacheFact"/>s for <c>@functools.cache</c> and <c>@lru_cache(maxsize=None)</c>.</summary>
public sealed class UnboundedCacheCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTestOrScript(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        foreach (var function in index.Functions)
        {
            foreach (var decorator in function.Decorators)
            {
                var unbounded = decorator switch
                {
                    Call call when index.Semantics.CalleeName(call) == "functools.lru_cache"
                        && call.Argument(0, "maxsize") is Constant { Value: ConstantValue.NoneValue } => "functools.lru_cache(maxsize=None)",
                    _ when index.Semantics.QualifiedName(decorator) == "functools.cache" => "functools.cache",
                    _ => null,
                };
                if (unbounded is null) continue;
                var takesArguments = function.Parameters.Any(p => p.Name is not ("self" or "cls"));
                file.Facts.Add(FactKeys.UnboundedCaches,
                    new UnboundedCacheFact(file.LocationOf(decorator.Range), unbounded, function.Name, takesArguments));
            }
        }
    }
}
