using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>The root of a parse: CPython's <c>mod</c>.</summary>
public abstract record Mod(TextRange Range) : Node(Range);
