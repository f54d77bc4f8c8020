using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Shipshape.Config.Docker;

/// <summary>
/// Reads a Dockerfile into instructions and stages following Docker's own reading rules:
/// parser directives only at the very top, comment lines dropped (also inside continuations),
/// the escape character (<c>\</c> or the one set by <c># escape=</c>) joining lines, and BuildKit
/// heredocs. Never throws: anything it cannot read becomes a <see cref="ConfigDiagnostic"/>.
/// </summary>
public static partial class DockerfileParser
{
    private static readonly HashSet<string> KnownInstructions =
    [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
        "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ];

    // Instructions whose leading "--name[=value]" words are flags rather than arguments.
    private static readonly HashSet<string> FlaggedInstructions = ["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"];

    [GeneratedRegex(@"^#\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"(?<!<)<<(-?)([""']?)([A-Za-z_][A-Za-z0-9_]*)\2")]
    private static partial Regex HeredocMarkerPattern();

    public static Dockerfile Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var diagnostics = ImmutableArray.CreateBuilder<ConfigDiagnostic>();
        var directives = ImmutableArray.CreateBuilder<Located<KeyValuePair<string, string>>>();
        var instructions = ImmutableArray.CreateBuilder<DockerInstruction>();
        var escape = '\\';
        var readingDirectives = true;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (readingDirectives)
            {
                var directive = DirectivePattern().Match(trimmed);
                if (directive.Success)
                {
                    var name = directive.Groups[1].Value.ToLowerInvariant();
                    var value = directive.Groups[2].Value;
                    directives.Add(new(new(name, value), new SourcePosition(i + 1, 1)));
                    if (name == "escape")
                    {
                        if (value is "\\" or "`")
                            escape = value[0];
                        else
                            diagnostics.Add(new($"invalid escape directive '{value}': must be \\ or `", new SourcePosition(i + 1, 1)));
                    }
                    continue;
                }
                readingDirectives = false;
            }
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;

            i = ReadInstruction(lines, i, escape, instructions, diagnostics);
        }

        return BuildStages(instructions.ToImmutable(), directives.ToImmutable(), escape, diagnostics);
    }

    /// <summary>Reads the instruction starting at line <paramref name="start"/>; returns the index of its last line.</summary>
    private static int ReadInstruction(
        string[] lines,
        int start,
        char escape,
        ImmutableArray<DockerInstruction>.Builder instructions,
        ImmutableArray<ConfigDiagnostic>.Builder diagnostics)
    {
        var first = lines[start];
        var keywordColumn = first.Length - first.TrimStart().Length + 1;
        var logical = new StringBuilder();
        var i = start;
        var current = first;
        while (true)
        {
            var end = current.TrimEnd();
            if (end.Length == 0 || end[^1] != escape)
            {
                logical.Append(current);
                break;
            }
            logical.Append(end, 0, end.Length - 1);
            // Comment and blank lines inside a continuation are skipped, as Docker does.
            do { i++; } while (i < lines.Length && IsSkippedInContinuation(lines[i]));
            if (i >= lines.Length)
            {
                i = lines.Length - 1;
                break;
            }
            current = lines[i];
        }

        var content = logical.ToString().Trim();
        var keywordLength = 0;
        while (keywordLength < content.Length && !char.IsWhiteSpace(content[keywordLength]))
            keywordLength++;
        var keyword = content[..keywordLength].ToUpperInvariant();
        var arguments = content[keywordLength..].TrimStart();
        var position = new SourcePosition(start + 1, keywordColumn);
        if (!KnownInstructions.Contains(keyword))
            diagnostics.Add(new($"unknown instruction '{content[..keywordLength]}'", position));
        if (arguments.Length == 0)
            diagnostics.Add(new($"{keyword} has no arguments", position));

        var flags = ImmutableArray<DockerFlag>.Empty;
        if (FlaggedInstructions.Contains(keyword))
            (flags, arguments) = SplitFlags(arguments);

        var argumentsPosition = new SourcePosition(start + 1, ArgumentsColumn(first, keywordColumn - 1 + keywordLength, arguments));

        var heredocs = ImmutableArray.CreateBuilder<DockerHeredoc>();
        foreach (Match marker in HeredocMarkerPattern().Matches(arguments))
            i = ReadHeredoc(lines, i, marker, heredocs, diagnostics);

        instructions.Add(new DockerInstruction(keyword, arguments, flags, position, argumentsPosition, i + 1, heredocs.ToImmutable()));
        return i;
    }

    /// <summary>
    /// The 1-based column where the arguments (after any flags) start on the instruction's first line;
    /// the column after the keyword when they start on a continuation line.
    /// </summary>
    private static int ArgumentsColumn(string firstLine, int afterKeyword, string arguments)
    {
        var firstWord = arguments.Split([' ', '\t', '\n'], 2)[0];
        var index = firstWord.Length == 0 ? -1 : firstLine.IndexOf(firstWord, afterKeyword, StringComparison.Ordinal);
        return index >= 0 ? index + 1 : afterKeyword + 2;
    }

    private static bool IsSkippedInContinuation(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length == 0 || trimmed.StartsWith('#');
    }

    private static int ReadHeredoc(
        string[] lines,
        int afterLine,
        Match marker,
        ImmutableArray<DockerHeredoc>.Builder heredocs,
        ImmutableArray<ConfigDiagnostic>.Builder diagnostics)
    {
        var stripTabs = marker.Groups[1].Value == "-";
        var delimiter = marker.Groups[3].Value;
        var body = new StringBuilder();
        var start = afterLine + 1;
        for (var i = start; i < lines.Length; i++)
        {
            var line = stripTabs ? lines[i].TrimStart('\t') : lines[i];
            if (line == delimiter)
            {
                heredocs.Add(new DockerHeredoc(delimiter, stripTabs, body.ToString(), new SourcePosition(start + 1, 1), i + 1, true));
                return i;
            }
            body.Append(line).Append('\n');
        }
        var position = new SourcePosition(afterLine + 1, 1);
        diagnostics.Add(new($"unterminated heredoc: no line '{delimiter}' before the end of the file", position));
        heredocs.Add(new DockerHeredoc(delimiter, stripTabs, body.ToString(), new SourcePosition(start + 1, 1), lines.Length, false));
        return lines.Length - 1;
    }

    private static (ImmutableArray<DockerFlag>, string) SplitFlags(string arguments)
    {
        var flags = ImmutableArray.CreateBuilder<DockerFlag>();
        var rest = arguments;
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny([' ', '\t']);
            var word = end < 0 ? rest : rest[..end];
            var equals = word.IndexOf('=');
            flags.Add(equals < 0 ? new DockerFlag(word[2..], null) : new DockerFlag(word[2..equals], word[(equals + 1)..]));
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }
        return (flags.ToImmutable(), rest);
    }

    private static Dockerfile BuildStages(
        ImmutableArray<DockerInstruction> instructions,
        ImmutableArray<Located<KeyValuePair<string, string>>> directives,
        char escape,
        ImmutableArray<ConfigDiagnostic>.Builder diagnostics)
    {
        var globalArgs = ImmutableArray.CreateBuilder<DockerInstruction>();
        var stages = ImmutableArray.CreateBuilder<DockerStage>();
        var byName = new Dictionary<string, DockerStage>(StringComparer.OrdinalIgnoreCase);
        DockerInstruction? from = null;
        var body = ImmutableArray.CreateBuilder<DockerInstruction>();
        var globalDefaults = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var instruction in instructions)
        {
            if (instruction.Is("FROM"))
            {
                CloseStage();
                from = instruction;
            }
            else if (from is null)
            {
                if (instruction.Is("ARG"))
                {
                    globalArgs.Add(instruction);
                    foreach (var (name, value) in DockerKeyValues.Parse(instruction.Arguments, isArg: true))
                        if (value is not null)
                            globalDefaults[name] = VariableExpander.Expand(value, globalDefaults, escape);
                }
                else
                {
                    diagnostics.Add(new($"{instruction.Keyword} before the first FROM", instruction.Position));
                }
            }
            else
            {
                body.Add(instruction);
            }
        }
        CloseStage();

        return new Dockerfile(instructions, stages.ToImmutable(), globalArgs.ToImmutable(), directives, escape, diagnostics.ToImmutable());

        void CloseStage()
        {
            if (from is null)
                return;
            var words = from.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var imageText = words.Length > 0 ? VariableExpander.Expand(words[0], globalDefaults, escape) : "";
            string? name = words.Length >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
            byName.TryGetValue(imageText, out var baseStage);
            var stage = new DockerStage(stages.Count, name, DockerImageReference.Parse(imageText), baseStage, from, body.ToImmutable());
            stages.Add(stage);
            if (name is not null)
                byName[name] = stage;
            body.Clear();
            from = null;
        }
    }
}
