using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A type parameter of a generic def, class or type alias (Python 3.12).</summary>
public abstract record TypeParam(TextRange Range) : Node(Range);
