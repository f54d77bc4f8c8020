using Shipshape.Bench.Differential;
using Shipshape.Python.Ast;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Ast;

/// <summary>
/// Span invariants over real trees: each child lies inside its parent, siblings come in source order.
/// </summary>
public class TreeInvariantTests
{
    public static TheoryData<string, string> Fixtures312AndDifferential()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "differential", "syntax312" })
        {
            foreach (var name in Fixtures.FileNames(folder))
            {
                data.Add(folder, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures312AndDifferential))]
    public void Fixture_tree_spans_nest_and_are_ordered(string folder, string name)
    {
        var parsed = PythonParser.ParseBytes(File.ReadAllBytes(Fixtures.File(folder, name)));

        Assert.Empty(SpanViolations.Of(parsed));
    }

    [Fact]
    public void Python_312_type_parameters_parse_without_errors()
    {
        var parsed = PythonParser.ParseBytes(File.ReadAllBytes(Fixtures.File("syntax312", "type_params.py")));

        Assert.Empty(parsed.Diagnostics);
        var parameters = parsed.Module.Descendants().OfType<TypeParam>().ToList();
        Assert.Equal(["T", "T", "Ts", "P", "T", "T", "U"], parameters.Select(p => p switch
        {
            TypeVar v => v.Name,
            TypeVarTuple t => t.Name,
            ParamSpec s => s.Name,
            _ => "?",
        }));
    }

    [Fact]
    public void Standard_library_tree_spans_nest_and_are_ordered()
    {
        var files = PythonSourceFiles.Under(PythonProcess.StandardLibrary());
        var violations = new System.Collections.Concurrent.ConcurrentBag<string>();
        var checkedFiles = 0;

        Parallel.ForEach(files, path =>
        {
            var parsed = PythonParser.ParseBytes(File.ReadAllBytes(path));
            if (parsed.HasErrors)
            {
                return; // Recovered trees of broken files are the parser's tests' business.
            }

            Interlocked.Increment(ref checkedFiles);
            foreach (var violation in SpanViolations.Of(parsed).Take(3))
            {
                violations.Add($"{path}: {violation}");
            }
        });

        Assert.True(violations.IsEmpty, string.Join("\n", violations.Take(20)));
        Assert.True(checkedFiles > 1000, $"only {checkedFiles} files parsed without errors");
    }
}
