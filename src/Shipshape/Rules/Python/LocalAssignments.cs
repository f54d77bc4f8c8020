using Shipshape.Python.Ast;

namespace Shipshape.Rules.Python;

/// <summary>What a plain local name was last assigned before a point in a function (<c>sql = f"..."</c> ... <c>execute(sql)</c>).</summary>
public static class LocalAssignments
{
    /// <summary>
    /// The value of the last <c>name = value</c> in <paramref name="function"/>'s own body (or the module,
    /// when null) that starts before <paramref name="before"/>; null when there is none.
    /// </summary>
    public static Expr? LastValue(PythonIndex index, PythonFunction? function, string name, int before)
    {
        Expr? last = null;
        foreach (var node in index.NodesIn(function))
        {
            if (node.Range.Start >= before) break;
            if (node is not Assign assign) continue;
            if (assign.Targets.Any(t => t is Name n && n.Id == name)) last = assign.Value;
        }

        return last;
    }
}
