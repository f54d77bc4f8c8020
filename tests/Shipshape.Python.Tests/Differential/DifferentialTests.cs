using Shipshape.Bench.Differential;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Differential;

/// <summary>
/// Our tree against CPython's <c>ast.parse</c>, through the canonical JSON both sides write
/// (scripts/pyast_dump.py for CPython): identical trees where CPython accepts a file, an error where it rejects it.
/// </summary>
public class DifferentialTests
{
    public static TheoryData<string> FixtureNames => Fixtures.Names("differential");

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_parses_as_cpython_parses_it(string name)
    {
        var path = Fixtures.File("differential", name);
        var cpython = CPythonAstDump.Run([path]).Single();

        var comparison = DifferentialRun.CompareOne(path, cpython);

        Assert.True(comparison.Kind != ComparisonKind.Mismatch, comparison.Detail);
    }

    [Fact]
    public void Whole_standard_library_parses_as_cpython_parses_it()
    {
        var files = PythonSourceFiles.Under(PythonProcess.StandardLibrary());

        var results = DifferentialRun.Compare(files, Environment.ProcessorCount);

        var mismatches = results.Where(r => r.Kind == ComparisonKind.Mismatch).ToList();
        Assert.True(
            mismatches.Count == 0,
            $"{DifferentialRun.Summary(results)}\n" + string.Join("\n", mismatches.Take(5).Select(m => $"{m.Path}\n  {m.Detail}")));
        Assert.True(files.Count > 1000, $"only {files.Count} files found in the standard library");
    }
}
