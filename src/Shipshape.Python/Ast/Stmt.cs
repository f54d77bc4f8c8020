using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A statement.</summary>
public abstract record Stmt(TextRange Range) : Node(Range);
