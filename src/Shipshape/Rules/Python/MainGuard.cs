using Shipshape.Python.Ast;

namespace Shipshape.Rules.Python;

/// <summary>Recognises <c>if __name__ == "__main__":</c> (either operand order).</summary>
public static class MainGuard
{
    public static bool Is(Expr test) =>
        test is Compare { Ops: [CmpOp.Eq], Left: var left, Comparators: [var right] }
        && ((IsDunderName(left) && IsMain(right)) || (IsDunderName(right) && IsMain(left)));

    private static bool IsDunderName(Expr expression) => expression is Name { Id: "__name__" };

    private static bool IsMain(Expr expression) => expression is Constant { Value: ConstantValue.StrValue { Value: "__main__" } };
}
