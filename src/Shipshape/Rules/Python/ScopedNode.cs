using Shipshape.Python.Ast;

namespace Shipshape.Rules.Python;

/// <summary>
/// A node with what encloses it: the innermost function and class, and whether a module-level
/// <c>if __name__ == "__main__":</c> guard does. A struct, because a module has one per node.
/// </summary>
public readonly record struct ScopedNode(Node Node, PythonFunction? Function, ClassDef? Class, bool UnderMainGuard);
