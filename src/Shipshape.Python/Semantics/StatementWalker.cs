using Shipshape.Python.Ast;

namespace Shipshape.Python.Semantics;

/// <summary>
/// Visits every statement of a module, nested blocks and function and class bodies included, without
/// looking inside expressions: for facts that only statements carry (imports, <c>global</c>), at a
/// fraction of a full walk's cost.
/// </summary>
internal abstract class StatementWalker : NodeWalker
{
    /// <summary>Called for each statement; return false to skip the statements nested in it.</summary>
    protected abstract bool Visit(Stmt statement);

    protected sealed override bool Enter(Node node) => node switch
    {
        Stmt statement => Visit(statement),
        Module or ExceptHandler or MatchCase => true,
        // Statements never sit inside expressions (a lambda's body is an expression).
        _ => false,
    };
}
