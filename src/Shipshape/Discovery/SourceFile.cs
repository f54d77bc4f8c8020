using Shipshape.Text;

namespace Shipshape.Discovery;

/// <summary>A discovered file with its decoded text.</summary>
public sealed record SourceFile(ProjectFile File, string Text)
{
    public string Path => File.Path;
    public FileKind Kind => File.Kind;

    /// <summary>Line starts, computed once per file.</summary>
    public TextLines Lines { get; } = new(Text);
}
