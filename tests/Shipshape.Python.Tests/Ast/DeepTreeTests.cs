using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Ast.Json;
using Shipshape.Python.Semantics;
using Shipshape.Python.Text;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Python.Tests.Ast;

/// <summary>
/// A left-deep chain such as <c>1+1+…+1</c> nests one level per operator, without any bracket for
/// a parser to limit: walking and dumping such trees must not overflow the stack.
/// </summary>
public class DeepTreeTests
{
    private const int Deep = 100_000;

    [Fact]
    public void Walker_and_descendants_visit_a_100k_deep_chain()
    {
        var (module, _) = Chain(Deep);
        var walker = new CountingWalker();

        walker.Walk(module);

        // Module, ExprStmt, the BinOps and one more Constant than BinOps.
        Assert.Equal(2 + Deep + Deep + 1, walker.Entered);
        Assert.Equal(walker.Entered, walker.Left);
        Assert.Equal(walker.Entered - 1, module.Descendants().Count());
    }

    [Fact]
    public void Qualified_name_of_a_100k_attribute_chain()
    {
        Expr expression = new Name(default, "a", ExprContext.Load);
        for (var i = 0; i < Deep; i++)
        {
            expression = new Attribute(default, expression, "b", ExprContext.Load);
        }

        var parsed = new ParsedModule(new Module(default, [], []), [], [], "");
        var name = SemanticModel.Build(parsed).QualifiedName(expression);

        Assert.Equal(1 + (2 * Deep), name!.Length);
    }

    [Fact]
    public async Task Dumper_writes_trees_as_deep_as_cpython_accepts_and_refuses_deeper_ones_on_a_pool_thread()
    {
        var (shallow, shallowSource) = Chain(2_900);
        var (deep, deepSource) = Chain(Deep);

        // Pool threads have smaller stacks than the main thread.
        var written = await Task.Run(() => CPythonAstJson.Write(shallow, LineIndex.Build(shallowSource)));
        await Assert.ThrowsAsync<ArgumentException>(() => Task.Run(() => CPythonAstJson.Write(deep, LineIndex.Build(deepSource))));

        Assert.StartsWith("{\"_type\":\"Module\"", written);
    }

    // The tree of "1+1+…+1" with `operators` pluses, ranges as the parser would give them.
    private static (Module Module, string Source) Chain(int operators)
    {
        var source = "1" + string.Concat(Enumerable.Repeat("+1", operators));
        Expr expression = new Constant(new TextRange(0, 1), new ConstantValue.IntValue(1), null);
        for (var i = 0; i < operators; i++)
        {
            var end = 3 + (2 * i);
            var right = new Constant(new TextRange(end - 1, end), new ConstantValue.IntValue(1), null);
            expression = new BinOp(new TextRange(0, end), expression, Operator.Add, right);
        }

        var statement = new ExprStmt(expression.Range, expression);
        return (new Module(new TextRange(0, source.Length), [statement], ImmutableArray<TypeIgnore>.Empty), source);
    }

    private sealed class CountingWalker : NodeWalker
    {
        public int Entered { get; private set; }

        public int Left { get; private set; }

        protected override bool Enter(Node node)
        {
            Entered++;
            return true;
        }

        protected override void Leave(Node node) => Left++;
    }
}
