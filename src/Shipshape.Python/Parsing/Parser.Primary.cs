using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    /// | primary '[' slices ']' | atom</summary>
    private Expr ParsePrimary()
    {
        int start = Start;
        var expr = ParseAtom();
        int chain = 0;
        while (true)
        {
            if (K is TokenKind.Dot or TokenKind.LParen or TokenKind.LBracket)
            {
                Chain(ref chain);
            }
            switch (K)
            {
                case TokenKind.Dot:
                    Advance();
                    string attr = ParseIdentifier();
                    expr = new Attribute(R(start), expr, attr, ExprContext.Load);
                    break;
                case TokenKind.LParen:
                {
                    int open = Start;
                    Advance();
                    var (args, keywords) = ParseCallArguments(open, allowGenerator: true);
                    expr = new Call(R(start), expr, args, keywords);
                    break;
                }
                case TokenKind.LBracket:
                    Advance();
                    EnterBracket();
                    var slice = ParseSlices();
                    LeaveBracket();
                    Expect(TokenKind.RBracket);
                    expr = new Subscript(R(start), expr, slice, ExprContext.Load);
                    break;
                default:
                    EndChain(chain);
                    return expr;
            }
        }
    }

    /// <summary>atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
    /// | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'</summary>
    private Expr ParseAtom()
    {
        var token = Cur;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Advance();
                return new Name(new TextRange(token.Start, token.End), NameText(token), ExprContext.Load);
            case TokenKind.Number:
                Advance();
                return new Constant(new TextRange(token.Start, token.End), ParseNumber(token), null);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.True:
                Advance();
                return new Constant(new TextRange(token.Start, token.End), ConstantValue.True, null);
            case TokenKind.False:
                Advance();
                return new Constant(new TextRange(token.Start, token.End), ConstantValue.False, null);
            case TokenKind.None:
                Advance();
                return new Constant(new TextRange(token.Start, token.End), ConstantValue.None, null);
            case TokenKind.Ellipsis:
                Advance();
                return new Constant(new TextRange(token.Start, token.End), ConstantValue.Ellipsis, null);
            case TokenKind.LParen:
            case TokenKind.LBracket:
            case TokenKind.LBrace:
                return ParseDisplay(token.Kind);
            case TokenKind.Star:
                throw Fail("can't use starred expression here");
            default:
                throw Fail("invalid syntax");
        }
    }

    /// <summary>A bracketed atom, under the bracket nesting budget.</summary>
    private Expr ParseDisplay(TokenKind open)
    {
        EnterBracket();
        try
        {
            return open switch
            {
                TokenKind.LParen => ParseParenthesized(),
                TokenKind.LBracket => ParseListDisplay(),
                _ => ParseBraceDisplay(),
            };
        }
        finally
        {
            LeaveBracket();
        }
    }

    /// <summary>tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    /// | group: '(' (yield_expr | named_expression) ')' | genexp: '(' named_expression for_if_clauses ')'</summary>
    private Expr ParseParenthesized()
    {
        int start = Start;
        Advance();
        if (Eat(TokenKind.RParen))
        {
            return new Tuple(R(start), [], ExprContext.Load);
        }
        if (K == TokenKind.Yield)
        {
            var yield = ParseYieldExpression();
            Expect(TokenKind.RParen);
            return yield;
        }
        var first = ParseStarNamedExpression();
        if (K is TokenKind.For || (K == TokenKind.Async && Peek() == TokenKind.For))
        {
            CheckComprehensionElement(first);
            var generators = ParseComprehensionClauses();
            Expect(TokenKind.RParen);
            return new GeneratorExp(R(start), first, generators);
        }
        if (K == TokenKind.RParen)
        {
            if (first is Starred)
            {
                throw FailOn(first, "cannot use starred expression here");
            }
            Advance();
            return first;
        }
        var elts = _exprLists.Rent();
        elts.Add(first);
        while (Eat(TokenKind.Comma) && K != TokenKind.RParen)
        {
            elts.Add(ParseStarNamedExpression());
        }
        Expect(TokenKind.RParen);
        return new Tuple(R(start), _exprLists.ToImmutableAndReturn(elts), ExprContext.Load);
    }

    /// <summary>list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'</summary>
    private Expr ParseListDisplay()
    {
        int start = Start;
        Advance();
        var elts = _exprLists.Rent();
        if (K != TokenKind.RBracket)
        {
            var first = ParseStarNamedExpression();
            if (K is TokenKind.For || (K == TokenKind.Async && Peek() == TokenKind.For))
            {
                CheckComprehensionElement(first);
                var generators = ParseComprehensionClauses();
                Expect(TokenKind.RBracket);
                return new ListComp(R(start), first, generators);
            }
            elts.Add(first);
            while (Eat(TokenKind.Comma) && K != TokenKind.RBracket)
            {
                elts.Add(ParseStarNamedExpression());
            }
        }
        Expect(TokenKind.RBracket);
        return new List(R(start), _exprLists.ToImmutableAndReturn(elts), ExprContext.Load);
    }

    /// <summary>dict: '{' [double_starred_kvpairs] '}' | set: '{' star_named_expressions '}'
    /// | dictcomp: '{' kvpair for_if_clauses '}' | setcomp: '{' named_expression for_if_clauses '}'</summary>
    private Expr ParseBraceDisplay()
    {
        int start = Start;
        Advance();
        if (Eat(TokenKind.RBrace))
        {
            return new Dict(R(start), [], []);
        }
        if (K == TokenKind.DoubleStar)
        {
            return ParseDictItems(start, null);
        }
        bool parenthesizedFirst = K == TokenKind.LParen;
        var first = ParseStarNamedExpression();
        if (K == TokenKind.Colon && first is not Starred)
        {
            if (first is NamedExpr && !parenthesizedFirst)
            {
                throw FailOn(first, "invalid syntax");
            }
            Advance();
            var value = ParseExpression();
            if (K is TokenKind.For || (K == TokenKind.Async && Peek() == TokenKind.For))
            {
                var generators = ParseComprehensionClauses();
                Expect(TokenKind.RBrace);
                return new DictComp(R(start), first, value, generators);
            }
            return ParseDictItems(start, (first, value));
        }
        if (K is TokenKind.For || (K == TokenKind.Async && Peek() == TokenKind.For))
        {
            CheckComprehensionElement(first);
            var generators = ParseComprehensionClauses();
            Expect(TokenKind.RBrace);
            return new SetComp(R(start), first, generators);
        }
        var elts = _exprLists.Rent();
        elts.Add(first);
        while (Eat(TokenKind.Comma) && K != TokenKind.RBrace)
        {
            elts.Add(ParseStarNamedExpression());
        }
        Expect(TokenKind.RBrace);
        return new Set(R(start), _exprLists.ToImmutableAndReturn(elts));
    }

    /// <summary>double_starred_kvpairs: ','.double_starred_kvpair+ [','];
    /// double_starred_kvpair: '**' bitwise_or | expression ':' expression</summary>
    private Expr ParseDictItems(int start, (Expr Key, Expr Value)? first)
    {
        var keys = _optionalExprLists.Rent();
        var values = _exprLists.Rent();
        if (first is { } pair)
        {
            keys.Add(pair.Key);
            values.Add(pair.Value);
            if (!Eat(TokenKind.Comma))
            {
                Expect(TokenKind.RBrace);
                return new Dict(R(start), _optionalExprLists.ToImmutableAndReturn(keys), _exprLists.ToImmutableAndReturn(values));
            }
        }
        while (K != TokenKind.RBrace)
        {
            if (Eat(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                keys.Add(ParseExpression());
                Expect(TokenKind.Colon);
                values.Add(ParseExpression());
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RBrace);
        return new Dict(R(start), _optionalExprLists.ToImmutableAndReturn(keys), _exprLists.ToImmutableAndReturn(values));
    }

    private void CheckComprehensionElement(Expr element)
    {
        if (element is Starred)
        {
            throw FailOn(element, "iterable unpacking cannot be used in comprehension");
        }
    }

    /// <summary>for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+</summary>
    private ImmutableArray<Comprehension> ParseComprehensionClauses()
    {
        var clauses = ImmutableArray.CreateBuilder<Comprehension>();
        while (K == TokenKind.For || (K == TokenKind.Async && Peek() == TokenKind.For))
        {
            int start = Start;
            int isAsync = Eat(TokenKind.Async) ? 1 : 0;
            Advance();
            var target = ParseStarTargets();
            Expect(TokenKind.In);
            var iter = ParseDisjunction();
            var ifs = _exprLists.Rent();
            while (Eat(TokenKind.If))
            {
                ifs.Add(ParseDisjunction());
            }
            clauses.Add(new Comprehension(R(start), target, iter, _exprLists.ToImmutableAndReturn(ifs), isAsync));
        }
        return clauses.ToImmutable();
    }

    /// <summary>arguments: args [','] &amp;')' — positional, starred, keyword and double-starred
    /// arguments, or one bare generator expression (which then spans the call's parentheses).
    /// The opening parenthesis is consumed; the closing one is consumed here.</summary>
    private (ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords) ParseCallArguments(int open, bool allowGenerator)
    {
        EnterBracket();
        var args = _exprLists.Rent();
        var keywords = _keywordLists.Rent();
        bool sawKeyword = false, sawDoubleStar = false;
        while (K != TokenKind.RParen)
        {
            int start = Start;
            if (Eat(TokenKind.Star))
            {
                if (sawDoubleStar)
                {
                    throw FailAt("iterable argument unpacking follows keyword argument unpacking", start, Cur.End);
                }
                var value = ParseExpression();
                args.Add(new Starred(R(start), value, ExprContext.Load));
            }
            else if (Eat(TokenKind.DoubleStar))
            {
                var value = ParseExpression();
                keywords.Add(new Keyword(R(start), null, value));
                sawDoubleStar = true;
            }
            else if (K == TokenKind.Name && Peek() == TokenKind.Equal)
            {
                string name = NameText(Cur);
                Advance();
                Advance();
                var value = ParseExpression();
                keywords.Add(new Keyword(R(start), name, value));
                sawKeyword = true;
            }
            else
            {
                var value = ParseNamedExpression();
                if (K == TokenKind.Equal)
                {
                    throw FailOn(value, value is Constant ? "cannot assign to literal" : "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (K is TokenKind.For || (K == TokenKind.Async && Peek() == TokenKind.For))
                {
                    var generators = ParseComprehensionClauses();
                    if (!allowGenerator || args.Count > 0 || keywords.Count > 0 || K != TokenKind.RParen)
                    {
                        throw FailAt("Generator expression must be parenthesized", value.Range.Start, _prevEnd);
                    }
                    Advance();
                    args.Add(new GeneratorExp(R(open), value, generators));
                    LeaveBracket();
                    return (_exprLists.ToImmutableAndReturn(args), _keywordLists.ToImmutableAndReturn(keywords));
                }
                if (sawDoubleStar)
                {
                    throw FailOn(value, "positional argument follows keyword argument unpacking");
                }
                if (sawKeyword)
                {
                    throw FailOn(value, "positional argument follows keyword argument");
                }
                args.Add(value);
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RParen);
        LeaveBracket();
        return (_exprLists.ToImmutableAndReturn(args), _keywordLists.ToImmutableAndReturn(keywords));
    }

    /// <summary>slices: slice !',' | ','.(slice | starred_expression)+ [',']</summary>
    private Expr ParseSlices()
    {
        int start = Start;
        var first = ParseSlice();
        if (K != TokenKind.Comma && first is not Starred)
        {
            return first;
        }
        var elts = _exprLists.Rent();
        elts.Add(first);
        while (Eat(TokenKind.Comma) && K != TokenKind.RBracket)
        {
            elts.Add(ParseSlice());
        }
        return new Tuple(R(start), _exprLists.ToImmutableAndReturn(elts), ExprContext.Load);
    }

    /// <summary>slice: [expression] ':' [expression] [':' [expression]] | named_expression
    /// (and starred_expression, allowed among several slices)</summary>
    private Expr ParseSlice()
    {
        int start = Start;
        if (K == TokenKind.Star)
        {
            Advance();
            var value = ParseBitwiseOr();
            return new Starred(R(start), value, ExprContext.Load);
        }
        Expr? lower = null;
        if (K != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (K != TokenKind.Colon)
            {
                return lower;
            }
        }
        Advance();
        var upper = K is TokenKind.Colon or TokenKind.Comma or TokenKind.RBracket ? null : ParseExpression();
        Expr? step = null;
        if (Eat(TokenKind.Colon) && K is not (TokenKind.Comma or TokenKind.RBracket))
        {
            step = ParseExpression();
        }
        return new Slice(R(start), lower, upper, step);
    }
}
