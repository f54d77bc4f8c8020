using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Text;

namespace Shipshape.Python;

/// <summary>
/// The result of parsing one source file: always a tree (possibly partial), the syntax errors met,
/// every comment, and the line index to turn ranges into lines and columns.
/// </summary>
public sealed class ParsedModule(
    Module module,
    ImmutableArray<SyntaxDiagnostic> diagnostics,
    ImmutableArray<Comment> comments,
    string source)
{
    private LineIndex? _lines;

    public Module Module { get; } = module;
    public ImmutableArray<SyntaxDiagnostic> Diagnostics { get; } = diagnostics;
    public ImmutableArray<Comment> Comments { get; } = comments;
    public string Source { get; } = source;

    /// <summary>Line starts, built on first use: most callers never turn a range into a line.</summary>
    public LineIndex Lines => _lines ??= LineIndex.Build(Source);

    public bool HasErrors => !Diagnostics.IsEmpty;

    /// <summary>The source text a range covers.</summary>
    public string Text(TextRange range) => Source[range.Start..range.End];
}
