using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Shipshape.Rules.Errors;
using Shipshape.Rules.Python;
using Shipshape.Tests.Support;
using Assert = Xunit.Assert;

namespace Shipshape.Tests.Rules.Python;

/// <summary>The shared per-module index, read through a real scan of a fixture module.</summary>
public sealed class PythonIndexTests
{
    private static readonly (PythonIndex Index, Module Module) Scoped = IndexOf(TestPaths.Fixture("projects", "scoped-module"));

    /// <summary>Keeps the index a scan builds for the one Python file of a tree.</summary>
    private sealed class IndexCapture : IFileRule
    {
        public RuleMetadata Metadata { get; } = new Err001BareExcept().Metadata with { Id = "ERR098", Name = "index-capture" };
        public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };
        public (PythonIndex, Module)? Captured { get; private set; }

        public void Check(FileContext file) => Captured = (file.Parsed<PythonIndex>(), file.Python.Parsed.Module);
    }

    private static (PythonIndex, Module) IndexOf(string root)
    {
        var capture = new IndexCapture();
        Scans.Run(root, registry: new RuleRegistry([capture], []));
        return capture.Captured ?? throw new InvalidOperationException("no Python file was scanned");
    }

    private static CallSite CallTo(string callee) => Scoped.Index.Calls.Single(c => c.Callee == callee);

    [Fact]
    public void Nodes_are_the_module_and_its_descendants_in_depth_first_source_order()
    {
        var (index, module) = Scoped;

        Assert.Equal([module, .. module.Descendants()], index.Nodes.Select(n => n.Node), ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void Call_sites_follow_the_call_nodes_one_for_one()
    {
        var (index, _) = Scoped;

        Assert.Equal(index.Nodes.Select(n => n.Node).OfType<Call>(), index.Calls.Select(c => c.Call), ReferenceEqualityComparer.Instance);
        Assert.Equal("os.path.join", CallTo("os.path.join").Callee);
        Assert.Equal("join", CallTo("os.path.join").MethodName);
    }

    [Fact]
    public void Each_node_knows_its_innermost_function_and_class()
    {
        Assert.Equal("outer", CallTo("helper").Function?.Name);
        Assert.Equal("inner", CallTo("os.path.join").Function?.Name);
        Assert.Equal("outer", CallTo("os.path.join").Function?.Parent?.Name);

        var (index, _) = Scoped;
        var scopeOf = (string callee) => index.Nodes.Single(n => n.Node is Call call && index.Semantics.CalleeName(call) == callee);
        Assert.Equal(("outer", "Local"), (scopeOf("len").Function?.Name, scopeOf("len").Class?.Name));
        Assert.Equal(((string?)null, "Config"), (scopeOf("bool").Function?.Name, scopeOf("bool").Class?.Name));
        Assert.Equal(("method", "Config"), (scopeOf("print").Function?.Name, scopeOf("print").Class?.Name));
        Assert.Null(scopeOf("after_guard").Class);
    }

    [Fact]
    public void Only_code_under_the_module_level_main_guard_is_marked_so()
    {
        Assert.All(["outer", "run"], callee => Assert.True(CallTo(callee).InMainGuard, callee));
        Assert.True(Scoped.Index.Calls.Single(c => c.Call.Args is [Constant { Value: ConstantValue.StrValue { Value: "nested guard" } }]).InMainGuard);
        Assert.All(["helper", "os.path.join", "bool", "after_guard"], callee => Assert.False(CallTo(callee).InMainGuard, callee));
    }

    [Fact]
    public void Functions_are_found_by_their_definition_and_list_their_own_nodes()
    {
        var (index, module) = Scoped;
        var outer = index.Functions.Single(f => f.Name == "outer");

        Assert.Same(outer, index.FunctionDefinedBy(module.Body.OfType<FunctionDef>().Single()));
        Assert.Null(index.FunctionDefinedBy(module.Body.OfType<ClassDef>().Single()));
        Assert.Equal(["outer", "inner", "method"], index.Functions.Select(f => f.Name));

        var own = index.NodesIn(outer).OfType<Call>().Select(index.Semantics.CalleeName);
        Assert.Equal(["helper", "len"], own);
        var whole = index.SubtreeOf(outer).Select(n => n.Node).OfType<Call>().Select(index.Semantics.CalleeName);
        Assert.Equal(["helper", "os.path.join", "len"], whole);
        var moduleLevel = index.NodesIn(null).OfType<Call>().Select(index.Semantics.CalleeName);
        Assert.Equal(["bool", "outer", "notify", "run", "after_guard"], moduleLevel);
    }
}
