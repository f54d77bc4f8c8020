using System.Text.RegularExpressions;

namespace Shipshape.Config.Dependencies;

/// <summary>Package name normalisation from PEP 503: lower case, runs of <c>-_.</c> become one <c>-</c>.</summary>
public static partial class PackageName
{
    [GeneratedRegex(@"[-_.]+")]
    private static partial Regex Separators();

    public static string Normalize(string name) => Separators().Replace(name, "-").ToLowerInvariant();
}
