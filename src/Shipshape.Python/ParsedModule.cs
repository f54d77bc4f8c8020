using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Text;

namespace Shipshape.Python;

/// <summary>
/// The result of parsing one source file: always a tree (possibly partial), the syntax errors met,
/// every comment, and the line index to turn ranges into lines and columns.
/// </summary>
public sealed record ParsedModule(
    Module Module,
    ImmutableArray<SyntaxDiagnostic> Diagnostics,
    ImmutableArray<Comment> Comments,
    LineIndex Lines,
    string Source)
{
    public bool HasErrors => !Diagnostics.IsEmpty;

    /// <summary>The source text a range covers.</summary>
    public string Text(TextRange range) => Source[range.Start..range.End];
}
