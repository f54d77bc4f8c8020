using Shipshape.Python.Ast;

namespace Shipshape.Rules.Python;

/// <summary>A call, what it calls (qualified through imports: "requests.get"; null for <c>f()()</c>), and where it sits.</summary>
/// <param name="Function">The innermost enclosing function, or null at module or class level.</param>
/// <param name="InMainGuard">Inside a module-level <c>if __name__ == "__main__":</c> block.</param>
public sealed record CallSite(Call Call, string? Callee, PythonFunction? Function, bool InMainGuard)
{
    /// <summary>The last dotted part of the callee ("execute" for <c>cursor.execute</c>), or null.</summary>
    public string? MethodName { get; } = Callee is null ? null : Callee[(Callee.LastIndexOf('.') + 1)..];
}
