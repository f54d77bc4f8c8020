using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>
/// How a view shows that it requires a signed-in user: an authentication decorator, a FastAPI
/// security dependency, a check of <c>current_user</c> in its body, or a secret compared with
/// request data. Names are matched on their last dotted segment, after resolution through imports.
/// </summary>
public static class AuthMarkers
{
    private static readonly HashSet<string> Decorators = new(StringComparer.Ordinal)
    {
        "requires_auth", "require_login", "authenticated", "user_passes_test", "permission_required",
        "staff_member_required", "superuser_required", "protected", "auth_required",
    };

    private static readonly string[] DependencyWords = ["user", "auth", "token", "oauth2", "admin", "api_key", "apikey", "verify", "principal"];

    public static string? Decorator(Expr decorator, SemanticModel semantics)
    {
        var target = decorator is Call call ? call.Func : decorator;
        var name = semantics.QualifiedName(target);
        var last = name?.Split('.')[^1];
        // Django 5.1's @login_not_required marks a view public.
        if (last is null || last.EndsWith("_not_required", StringComparison.Ordinal)) return null;
        return last.EndsWith("_required", StringComparison.Ordinal) || Decorators.Contains(last) ? "@" + name : null;
    }

    /// <summary>A <c>Depends(get_current_user)</c> / <c>Security(...)</c> default among the parameters or in <c>dependencies=[...]</c>.</summary>
    public static string? Dependency(IEnumerable<Expr> candidates, SemanticModel semantics)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not Call call || semantics.CalleeName(call) is not ("fastapi.Depends" or "fastapi.Security" or "fastapi.params.Depends")) continue;
            if (call.Argument(0, "dependency") is not { } dependency) continue;
            var name = semantics.QualifiedName(dependency is Call inner ? inner.Func : dependency) ?? "";
            var last = name.Split('.')[^1].ToLowerInvariant();
            if (DependencyWords.Any(last.Contains)) return $"{semantics.CalleeName(call)!.Split('.')[^1]}({name})";
        }

        return null;
    }

    /// <summary>
    /// A <c>current_user.is_authenticated</c> (Flask-Login) or <c>request.user.is_authenticated</c> /
    /// <c>.is_staff</c> / <c>.has_perm(...)</c> (Django) check, or a request value compared with a secret, inside the view body.
    /// </summary>
    public static string? BodyCheck(IEnumerable<Stmt> body, SemanticModel semantics)
    {
        foreach (var node in body.SelectMany(statement => statement.Descendants().Prepend(statement)))
        {
            switch (node)
            {
                case Attribute { Attr: "is_authenticated" or "is_anonymous", Value: var owner } when semantics.QualifiedName(owner) is { } who && who.EndsWith("current_user", StringComparison.Ordinal):
                    return "current_user check";
                case Attribute { Attr: "is_authenticated" or "is_anonymous" or "is_staff" or "is_superuser" or "has_perm" or "has_perms", Value: Attribute { Attr: "user", Value: Name { Id: "request" } } }:
                    return "request.user check";
                case Compare compare when SecretComparison.IsRequestAgainstSecret(compare, semantics):
                    return "secret compared with request data";
            }
        }

        return null;
    }
}
