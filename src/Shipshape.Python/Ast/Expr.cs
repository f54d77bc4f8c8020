using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>An expression.</summary>
public abstract record Expr(TextRange Range) : Node(Range);
