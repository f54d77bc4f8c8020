using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>Recognises calls that verify a submitted password, and names that hold a password.</summary>
public static class PasswordChecks
{
    private static readonly HashSet<string> Checks = new(StringComparer.Ordinal)
        { "check_password_hash", "check_password", "verify_password", "checkpw", "authenticate_user", "verify_and_update" };

    /// <summary>The check a call performs ("check_password_hash"), or null.</summary>
    /// <remarks>Asked for every call in every function: the qualified name is only built for <c>verify</c>.</remarks>
    public static string? Check(Call call, SemanticModel semantics)
    {
        var last = call.Func switch
        {
            Attribute attribute => attribute.Attr,
            Name name => LastSegment(semantics.Imports.TryGetValue(name.Id, out var imported) ? imported : name.Id),
            _ => null,
        };
        if (last is null) return null;
        if (Checks.Contains(last)) return last;
        if (last != "verify" || semantics.CalleeName(call) is not { } qualified) return null;
        // passlib's pwd_context.verify(password, hash), argon2's ph.verify(hash, password)
        var segments = qualified.Split('.');
        return segments.Length > 1 && (segments[^2].Contains("pwd") || segments[^2].Contains("context") || segments[^2].Contains("hasher") || segments[^2] == "ph")
            ? qualified : null;
    }

    private static string LastSegment(string dotted) => dotted[(dotted.LastIndexOf('.') + 1)..];

    /// <summary>Functions that are themselves the checking primitive (<c>def check_password(self, pw)</c>): lockout does not belong inside them.</summary>
    public static bool IsPrimitive(string function) => Checks.Contains(function) || function is "hash_password" or "set_password";

    public static bool NamesPassword(Node node)
    {
        var name = node switch { Name n => n.Id, Attribute a => a.Attr, _ => null };
        return name is not null && (name.Contains("password", StringComparison.OrdinalIgnoreCase) || name is "pw" or "pwd" or "passwd");
    }
}
