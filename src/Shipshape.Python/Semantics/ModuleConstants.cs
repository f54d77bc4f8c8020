using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Semantics;

/// <summary>
/// Module-level names bound exactly once, by a simple assignment (<c>NAME = value</c>,
/// <c>A = B = value</c> or <c>NAME: T = value</c>), and never declared <c>global</c> in a function:
/// their value expression. Statements nested in module-level <c>if</c>/<c>try</c>/<c>with</c>/loops count
/// as module level; function and class bodies do not.
/// </summary>
internal sealed class ModuleConstants
{
    private readonly Dictionary<string, int> _bindingCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Expr> _values = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, Expr> Collect(Module module)
    {
        var collector = new ModuleConstants();
        collector.Block(module.Body);
        foreach (var declared in GlobalDeclarations.Collect(module))
        {
            collector._bindingCounts[declared] = int.MaxValue;
        }

        return collector._values
            .Where(pair => collector._bindingCounts[pair.Key] == 1)
            .ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every name a <c>global</c> statement declares, anywhere in the module.</summary>
    private sealed class GlobalDeclarations : StatementWalker
    {
        private readonly List<string> _names = [];

        public static List<string> Collect(Module module)
        {
            var walker = new GlobalDeclarations();
            walker.Walk(module);
            return walker._names;
        }

        protected override bool Visit(Stmt statement)
        {
            if (statement is Global declaration)
            {
                _names.AddRange(declaration.Names);
            }

            return true;
        }
    }

    private void Block(ImmutableArray<Stmt> block)
    {
        foreach (var statement in block)
        {
            Statement(statement);
        }
    }

    private void Statement(Stmt statement)
    {
        switch (statement)
        {
            case Assign assign:
                foreach (var target in assign.Targets)
                {
                    if (target is Name name)
                    {
                        _values.TryAdd(name.Id, assign.Value);
                    }

                    Targets(target);
                }

                break;
            case AnnAssign { Target: Name name, Value: { } value }:
                _values.TryAdd(name.Id, value);
                Bind(name.Id);
                break;
            case AugAssign augmented:
                Targets(augmented.Target);
                break;
            case Delete delete:
                Targets(delete.Targets);
                break;
            case FunctionDef function:
                Bind(function.Name);
                break;
            case AsyncFunctionDef function:
                Bind(function.Name);
                break;
            case ClassDef type:
                Bind(type.Name);
                break;
            case Import import:
                Aliases(import.Names);
                break;
            case ImportFrom import:
                Aliases(import.Names);
                break;
            case For loop:
                Loop(loop.Target, loop.Body, loop.OrElse);
                break;
            case AsyncFor loop:
                Loop(loop.Target, loop.Body, loop.OrElse);
                break;
            case While loop:
                Block(loop.Body);
                Block(loop.OrElse);
                break;
            case If branch:
                Block(branch.Body);
                Block(branch.OrElse);
                break;
            case With with:
                With(with.Items, with.Body);
                break;
            case AsyncWith with:
                With(with.Items, with.Body);
                break;
            case Try attempt:
                Try(attempt.Body, attempt.Handlers, attempt.OrElse, attempt.FinalBody);
                break;
            case TryStar attempt:
                Try(attempt.Body, attempt.Handlers, attempt.OrElse, attempt.FinalBody);
                break;
            case Match match:
                foreach (var matchCase in match.Cases)
                {
                    Block(matchCase.Body);
                }

                break;
        }
    }

    private void Loop(Expr target, ImmutableArray<Stmt> body, ImmutableArray<Stmt> orElse)
    {
        Targets(target);
        Block(body);
        Block(orElse);
    }

    private void With(ImmutableArray<WithItem> items, ImmutableArray<Stmt> body)
    {
        foreach (var item in items)
        {
            if (item.OptionalVars is { } target)
            {
                Targets(target);
            }
        }

        Block(body);
    }

    private void Try(ImmutableArray<Stmt> body, ImmutableArray<ExceptHandler> handlers, ImmutableArray<Stmt> orElse, ImmutableArray<Stmt> finalBody)
    {
        Block(body);
        foreach (var handler in handlers)
        {
            if (handler.Name is { } caught)
            {
                Bind(caught);
            }

            Block(handler.Body);
        }

        Block(orElse);
        Block(finalBody);
    }

    private void Aliases(ImmutableArray<Alias> aliases)
    {
        foreach (var alias in aliases)
        {
            Bind(alias.AsName ?? alias.Name.Split('.')[0]);
        }
    }

    private void Targets(ImmutableArray<Expr> targets)
    {
        foreach (var target in targets)
        {
            Targets(target);
        }
    }

    private void Targets(Expr target)
    {
        switch (target)
        {
            case Name name:
                Bind(name.Id);
                break;
            case Tuple tuple:
                Targets(tuple.Elts);
                break;
            case List list:
                Targets(list.Elts);
                break;
            case Starred starred:
                Targets(starred.Value);
                break;
        }
    }

    private void Bind(string name) => _bindingCounts[name] = _bindingCounts.GetValueOrDefault(name) + 1;
}
