using Shipshape.Python.Ast;

namespace Shipshape.Python.Semantics;

/// <summary>Finds a call's argument by keyword or by position, the way Python binds them.</summary>
public static class CallArguments
{
    /// <summary>
    /// The argument passed as keyword <paramref name="keyword"/>, or else the one at 0-based
    /// <paramref name="position"/>; null when neither is there or a <c>*args</c> at or before that
    /// position makes it unknowable.
    /// </summary>
    public static Expr? Argument(this Call call, int position, string keyword) =>
        call.Keyword(keyword) ?? call.Positional(position);

    /// <summary>The value of keyword argument <paramref name="name"/>, or null.</summary>
    public static Expr? Keyword(this Call call, string name)
    {
        foreach (var keyword in call.Keywords)
        {
            if (keyword.Arg == name)
            {
                return keyword.Value;
            }
        }

        return null;
    }

    /// <summary>The positional argument at 0-based <paramref name="position"/>, unless a <c>*args</c> comes first.</summary>
    public static Expr? Positional(this Call call, int position)
    {
        for (var i = 0; i < call.Args.Length && i <= position; i++)
        {
            if (call.Args[i] is Starred)
            {
                return null;
            }
        }

        return position < call.Args.Length ? call.Args[position] : null;
    }

    /// <summary>True when <c>*args</c> or <c>**kwargs</c> may pass arguments that cannot be seen.</summary>
    public static bool HasUnpacking(this Call call) =>
        call.Args.Any(argument => argument is Starred) || call.Keywords.Any(keyword => keyword.Arg is null);
}
