using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shipshape.Config.Servers;

/// <summary>Reads a Procfile: <c>type: command</c> lines, <c>#</c> comments; anything else is a diagnostic.</summary>
public static partial class ProcfileParser
{
    [GeneratedRegex(@"^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(.*?)\s*$")]
    private static partial Regex EntryPattern();

    public static Procfile Parse(string text)
    {
        var entries = ImmutableArray.CreateBuilder<ProcfileEntry>();
        var diagnostics = ImmutableArray.CreateBuilder<ConfigDiagnostic>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            var indent = lines[i].Length - trimmed.Length;
            var match = EntryPattern().Match(trimmed);
            if (!match.Success || match.Groups[2].Length == 0)
            {
                diagnostics.Add(new("not a 'type: command' line", new SourcePosition(i + 1, indent + 1)));
                continue;
            }
            entries.Add(new ProcfileEntry(
                match.Groups[1].Value,
                match.Groups[2].Value,
                new SourcePosition(i + 1, indent + 1),
                new SourcePosition(i + 1, indent + match.Groups[2].Index + 1)));
        }
        return new Procfile(entries.ToImmutable(), diagnostics.ToImmutable());
    }
}
