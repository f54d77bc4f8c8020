using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>Recognises <c>request.form.get('key') == UNLOCK_KEY</c>: request data compared with a secret-named value using <c>==</c>.</summary>
public static class SecretComparison
{
    private static readonly string[] SecretWords = ["key", "token", "secret", "password", "passwd", "pin", "passphrase"];

    public static bool IsRequestAgainstSecret(Compare compare, SemanticModel semantics)
    {
        if (compare.Ops is not [CmpOp.Eq or CmpOp.NotEq] || compare.Comparators is not [var right]) return false;
        // The name test first: it is cheap, and most comparisons fail it.
        return (NamesSecret(right, semantics) && MentionsRequest(compare.Left, semantics))
            || (NamesSecret(compare.Left, semantics) && MentionsRequest(right, semantics));
    }

    private static bool MentionsRequest(Expr expression, SemanticModel semantics) =>
        expression.Descendants().Prepend(expression).OfType<Expr>()
            .Any(e => e is Name or Attribute && semantics.QualifiedName(e) is "flask.request" or "request");

    // A name, attribute or constant subscript key that says "key"/"token"/"secret" (app.config['UNLOCK_KEY']).
    private static bool NamesSecret(Expr expression, SemanticModel semantics)
    {
        var name = expression switch
        {
            Name n => n.Id,
            Attribute a => a.Attr,
            Subscript s => semantics.StaticString(s.Slice),
            _ => null,
        };
        if (name is null) return false;
        var lower = name.ToLowerInvariant();
        var words = lower.Split('_');
        return SecretWords.Any(words.Contains) && !lower.Contains("hash");
    }
}
