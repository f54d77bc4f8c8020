using Shipshape.Tests.Support;

namespace Shipshape.Tests.Claims;

/// <summary>The five seed reports copied into Fixtures/seeds, by number ("000".."004").</summary>
internal static class Seeds
{
    public static string PathOf(string number) => Directory.GetFiles(TestPaths.Fixture("seeds"), $"{number}_*.txt").Single();

    public static string Text(string number) => File.ReadAllText(PathOf(number));

    /// <summary>1-based line of the raw (unrepaired) seed file.</summary>
    public static string RawLine(string number, int line) => File.ReadAllLines(PathOf(number))[line - 1];
}
