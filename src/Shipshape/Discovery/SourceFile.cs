using Shipshape.Text;

namespace Shipshape.Discovery;

/// <summary>A discovered file with its decoded text.</summary>
public sealed class SourceFile(ProjectFile file, string text)
{
    private TextLines? _lines;

    public ProjectFile File { get; } = file;
    public string Text { get; } = text;
    public string Path => File.Path;
    public FileKind Kind => File.Kind;

    /// <summary>Line starts, computed on first use (only files with findings or line-based front ends need them).</summary>
    public TextLines Lines => _lines ??= new(Text);
}
