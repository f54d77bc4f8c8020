using System.Collections.Immutable;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// Reads one pip requirements file: requirement lines (PEP 508, VCS, URL and path forms),
/// <c>-e</c> editables, <c>-r</c>/<c>-c</c> includes (listed, not followed: see
/// <see cref="RequirementsResolver"/>), per-requirement <c>--hash</c> options, line continuations and
/// comments. Global options (<c>-i</c>, <c>--extra-index-url</c>, …) are accepted and ignored.
/// </summary>
public static class RequirementsParser
{
    private static readonly HashSet<string> OptionsWithValue =
    [
        "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--no-binary", "--only-binary",
        "--trusted-host", "--use-feature", "--progress-bar", "--config-settings", "--global-option",
    ];

    private static readonly HashSet<string> FlagOptions = ["--pre", "--no-index", "--prefer-binary", "--require-hashes"];

    public static DependencyManifest Parse(string text, string group = "main")
    {
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        var includes = ImmutableArray.CreateBuilder<DependencyInclude>();
        var diagnostics = ImmutableArray.CreateBuilder<ConfigDiagnostic>();

        foreach (var (line, position) in LogicalLines(text))
        {
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                continue;
            var (option, value) = SplitOption(words);
            switch (option)
            {
                case "-r" or "--requirement" or "-c" or "--constraint":
                    if (value is null)
                        diagnostics.Add(new($"{option} needs a file name", position));
                    else
                        includes.Add(new DependencyInclude(value, option is "-c" or "--constraint", position));
                    break;
                case "-e" or "--editable":
                    if (value is null)
                        diagnostics.Add(new($"{option} needs a path or URL", position));
                    else
                        AddRequirement(value, isEditable: true);
                    break;
                case null:
                    AddRequirement(line, isEditable: false);
                    break;
                default:
                    if (!OptionsWithValue.Contains(option) && !FlagOptions.Contains(option))
                        diagnostics.Add(new($"unknown option '{option}'", position));
                    break;
            }

            void AddRequirement(string requirementText, bool isEditable)
            {
                var (body, hashes) = SplitHashes(requirementText);
                var (requirement, error) = Pep508.Parse(body, position, group, isEditable, hashes);
                if (requirement is not null)
                    requirements.Add(requirement);
                else
                    diagnostics.Add(new(error!, position));
            }
        }

        return new DependencyManifest(requirements.ToImmutable(), includes.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Joins backslash continuations and drops comments; yields each logical line with where it starts.</summary>
    private static IEnumerable<(string Line, SourcePosition Position)> LogicalLines(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i;
            var column = lines[i].Length - lines[i].TrimStart().Length + 1;
            var logical = StripComment(lines[i]);
            while (logical.EndsWith('\\') && i + 1 < lines.Length)
            {
                i++;
                logical = logical[..^1] + " " + StripComment(lines[i]);
            }
            logical = logical.TrimEnd('\\').Trim();
            if (logical.Length > 0)
                yield return (logical, new SourcePosition(start + 1, column));
        }
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return line[..i].TrimEnd();
        }
        return line.TrimEnd();
    }

    /// <summary>The leading option of a line and its value (<c>-r x</c>, <c>-rx</c>, <c>--requirement=x</c>).</summary>
    private static (string? Option, string? Value) SplitOption(string[] words)
    {
        var first = words[0];
        if (!first.StartsWith('-'))
            return (null, null);
        var equals = first.IndexOf('=');
        if (first.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            return (first[..equals], first[(equals + 1)..]);
        if (!first.StartsWith("--", StringComparison.Ordinal) && first.Length > 2)
            return (first[..2], first[2..]);
        return (first, words.Length > 1 ? string.Join(' ', words[1..]) : null);
    }

    private static (string Body, ImmutableArray<string> Hashes) SplitHashes(string text)
    {
        var optionStart = text.IndexOf(" --", StringComparison.Ordinal);
        if (optionStart < 0)
            return (text, []);
        var hashes = text[optionStart..]
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.StartsWith("--hash=", StringComparison.Ordinal))
            .Select(w => w["--hash=".Length..])
            .ToImmutableArray();
        return (text[..optionStart], hashes);
    }
}
