using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A pattern of a <c>case</c> clause.</summary>
public abstract record Pattern(TextRange Range) : Node(Range);
