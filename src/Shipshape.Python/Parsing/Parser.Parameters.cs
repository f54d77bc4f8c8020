using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>params (function definitions) and lambda_params: positional-only parameters
    /// before '/', positional parameters with trailing defaults, '*' or '*args', keyword-only
    /// parameters, '**kwargs'. Stops before <paramref name="closer"/>.</summary>
    private Arguments ParseParameters(TokenKind closer, bool allowAnnotations, int start)
    {
        var posOnly = _argLists.Rent();
        var args = _argLists.Rent();
        var defaults = _exprLists.Rent();
        var kwOnly = _argLists.Rent();
        var kwDefaults = _optionalExprLists.Rent();
        Arg? varArg = null, kwArg = null;
        bool sawSlash = false, sawStar = false, bareStar = false;
        while (K != closer)
        {
            int itemStart = Start;
            if (kwArg is not null)
            {
                throw Fail("arguments cannot follow var-keyword argument");
            }
            if (K == TokenKind.Slash)
            {
                if (sawSlash)
                {
                    throw Fail("/ may appear only once");
                }
                if (sawStar)
                {
                    throw Fail("/ must be ahead of *");
                }
                if (args.Count == 0)
                {
                    throw Fail("at least one argument must precede /");
                }
                Advance();
                sawSlash = true;
                posOnly.AddRange(args);
                args.Clear();
            }
            else if (K == TokenKind.Star)
            {
                if (sawStar)
                {
                    throw Fail("* argument may appear only once");
                }
                Advance();
                sawStar = true;
                if (K == TokenKind.Comma || K == closer)
                {
                    bareStar = true;
                }
                else
                {
                    varArg = ParseParameter(allowAnnotations, allowStarAnnotation: true);
                    if (K == TokenKind.Equal)
                    {
                        throw Fail("var-positional argument cannot have default value");
                    }
                }
            }
            else if (K == TokenKind.DoubleStar)
            {
                Advance();
                kwArg = ParseParameter(allowAnnotations, allowStarAnnotation: false);
                if (K == TokenKind.Equal)
                {
                    throw Fail("var-keyword argument cannot have default value");
                }
            }
            else
            {
                var parameter = ParseParameter(allowAnnotations, allowStarAnnotation: false);
                var value = Eat(TokenKind.Equal) ? ParseExpression() : null;
                if (sawStar)
                {
                    kwOnly.Add(parameter);
                    kwDefaults.Add(value);
                }
                else
                {
                    if (value is not null)
                    {
                        defaults.Add(value);
                    }
                    else if (defaults.Count > 0)
                    {
                        throw FailAt("non-default argument follows default argument", itemStart, _prevEnd);
                    }
                    args.Add(parameter);
                }
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        if (bareStar && kwOnly.Count == 0)
        {
            throw Fail("named arguments must follow bare *");
        }
        return new Arguments(R(start), _argLists.ToImmutableAndReturn(posOnly), _argLists.ToImmutableAndReturn(args), varArg,
            _argLists.ToImmutableAndReturn(kwOnly), _optionalExprLists.ToImmutableAndReturn(kwDefaults), kwArg, _exprLists.ToImmutableAndReturn(defaults));
    }

    /// <summary>param: NAME annotation? — star_etc's '*' NAME may be annotated with a starred
    /// expression (PEP 646).</summary>
    private Arg ParseParameter(bool allowAnnotations, bool allowStarAnnotation)
    {
        int start = Start;
        string name = ParseIdentifier();
        Expr? annotation = null;
        if (allowAnnotations && Eat(TokenKind.Colon))
        {
            annotation = allowStarAnnotation ? ParseStarExpression() : ParseExpression();
        }
        return new Arg(R(start), name, annotation, null);
    }
}
