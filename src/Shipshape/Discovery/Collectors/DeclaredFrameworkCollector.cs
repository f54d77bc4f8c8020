using System.Text.RegularExpressions;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules;

namespace Shipshape.Discovery.Collectors;

/// <summary>
/// Publishes a <see cref="FrameworkFact"/> for each web framework a dependency list declares
/// (requirements files, pyproject.toml, Pipfile). Only names are read here; versions, includes and
/// markers belong to the dependency front end.
/// </summary>
public sealed partial class DeclaredFrameworkCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Requirements, FileKind.Pyproject, FileKind.Pipfile };

    // A requirement's leading name: in a requirements line, a quoted TOML string, or a TOML key.
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)|[""'](?<name>[A-Za-z0-9][A-Za-z0-9._-]*)")]
    private static partial Regex RequirementName();

    public void Collect(FileContext file)
    {
        for (var n = 1; n <= file.Lines.Count; n++)
        {
            var line = file.Lines.Line(n);
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            foreach (Match match in RequirementName().Matches(line))
            {
                var name = match.Groups["name"];
                if (FrameworkExtensions.FromPackageName(name.Value) is not { } framework) continue;
                var start = file.Lines.LineStart(n) + name.Index;
                file.Facts.Add(FactKeys.Frameworks, new FrameworkFact(framework, "dependency", file.LocationOf(start, start + name.Length)));
            }
        }
    }
}
