using Shipshape.Bench.Differential;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Parsing;

/// <summary>
/// Parser fixtures checked against the installed CPython through the differential machinery:
/// Fixtures/parser holds files CPython accepts (our tree must be identical, positions included);
/// Fixtures/parser-rejected holds one syntax error per file (both parsers must reject it).
/// </summary>
public class ParserFixtureTests(ParserFixtureTests.CPythonDumps cpython) : IClassFixture<ParserFixtureTests.CPythonDumps>
{
    public static TheoryData<string> Accepted => Fixtures.Names("parser");

    public static TheoryData<string> Rejected => Fixtures.Names("parser-rejected");

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_file_gives_cpythons_tree(string name)
    {
        var comparison = cpython.Compare(Fixtures.File("parser", name));

        Assert.True(comparison.Kind == ComparisonKind.Identical, $"{comparison.Kind}: {comparison.Detail}");
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejected_file_is_rejected_by_both(string name)
    {
        var comparison = cpython.Compare(Fixtures.File("parser-rejected", name));

        Assert.True(comparison.Kind == ComparisonKind.RejectedByBoth, $"{comparison.Kind}: {comparison.Detail}");
    }

    /// <summary>CPython's dumps of both fixture folders, made by one python3 process.</summary>
    public sealed class CPythonDumps
    {
        private readonly Dictionary<string, CPythonRecord> _records;

        public CPythonDumps()
        {
            var paths = Fixtures.FileNames("parser").Select(n => Fixtures.File("parser", n))
                .Concat(Fixtures.FileNames("parser-rejected").Select(n => Fixtures.File("parser-rejected", n)))
                .ToList();
            _records = CPythonAstDump.Run(paths).ToDictionary(r => Path.GetFullPath(r.Path));
        }

        public FileComparison Compare(string path) => DifferentialRun.CompareOne(path, _records[Path.GetFullPath(path)]);
    }
}
