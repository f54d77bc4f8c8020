using System.Collections.Immutable;

namespace Shipshape.Config.Docker;

/// <summary>
/// One Dockerfile instruction after joining its continuation lines.
/// <see cref="Keyword"/> is upper-case; <see cref="Arguments"/> is the text after the keyword and
/// its leading flags; <see cref="Position"/> is the keyword, <see cref="EndLine"/> the last
/// physical line (including heredoc bodies).
/// </summary>
public sealed record DockerInstruction(
    string Keyword,
    string Arguments,
    ImmutableArray<DockerFlag> Flags,
    SourcePosition Position,
    SourcePosition ArgumentsPosition,
    int EndLine,
    ImmutableArray<DockerHeredoc> Heredocs)
{
    public string? Flag(string name) => Flags.FirstOrDefault(f => f.Name == name)?.Value;

    public bool Is(string keyword) => Keyword == keyword;

    /// <summary>The instruction as written on one line, for snippets.</summary>
    public string Text => Flags.IsEmpty
        ? $"{Keyword} {Arguments}".TrimEnd()
        : $"{Keyword} {string.Join(' ', Flags.Select(f => f.Value is null ? $"--{f.Name}" : $"--{f.Name}={f.Value}"))} {Arguments}".TrimEnd();
}
