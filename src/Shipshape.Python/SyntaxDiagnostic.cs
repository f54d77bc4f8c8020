using Shipshape.Python.Text;

namespace Shipshape.Python;

/// <summary>A syntax error found while lexing or parsing, at the range it concerns.</summary>
public sealed record SyntaxDiagnostic(string Message, TextRange Range);
