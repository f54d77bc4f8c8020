using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>Whether a token can begin an expression (used where an expression is optional).</summary>
    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart
            or TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace
            or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Star
            or TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.Ellipsis
            or TokenKind.None or TokenKind.True or TokenKind.False => true,
        _ => false,
    };

    /// <summary>star_expressions: star_expression (',' star_expression)+ [','] | star_expression ','
    /// | star_expression</summary>
    private Expr ParseStarExpressions()
    {
        int start = Start;
        var first = ParseStarExpression();
        if (K != TokenKind.Comma)
        {
            return first;
        }
        var elts = ParseStarExpressionsAfter(first);
        return new Tuple(R(start), elts, ExprContext.Load);
    }

    /// <summary>The elements of an unparenthesized tuple whose first element is parsed.</summary>
    private ImmutableArray<Expr> ParseStarExpressionsAfter(Expr first)
    {
        var elts = _exprLists.Rent();
        elts.Add(first);
        while (Eat(TokenKind.Comma) && StartsExpression(K))
        {
            elts.Add(ParseStarExpression());
        }
        return _exprLists.ToImmutableAndReturn(elts);
    }

    /// <summary>star_expression: '*' bitwise_or | expression</summary>
    private Expr ParseStarExpression()
    {
        if (K != TokenKind.Star)
        {
            return ParseExpression();
        }
        int start = Start;
        Advance();
        var value = ParseBitwiseOr();
        return new Starred(R(start), value, ExprContext.Load);
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression</summary>
    private Expr ParseStarNamedExpression()
    {
        if (K != TokenKind.Star)
        {
            return ParseNamedExpression();
        }
        int start = Start;
        Advance();
        var value = ParseBitwiseOr();
        return new Starred(R(start), value, ExprContext.Load);
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='</summary>
    private Expr ParseNamedExpression()
    {
        if (K == TokenKind.Name && Peek() == TokenKind.ColonEqual)
        {
            int start = Start;
            var target = new Name(new TextRange(start, Cur.End), NameText(Cur), ExprContext.Store);
            Advance();
            Advance();
            var value = ParseExpression();
            return new NamedExpr(R(start), target, value);
        }
        var expr = ParseExpression();
        if (K == TokenKind.ColonEqual)
        {
            throw FailOn(expr, $"cannot use assignment expressions with {DescribeExpression(expr)}");
        }
        return expr;
    }

    /// <summary>expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef</summary>
    private Expr ParseExpression()
    {
        Enter();
        try
        {
            if (K == TokenKind.Lambda)
            {
                return ParseLambda();
            }
            int start = Start;
            var body = ParseDisjunction();
            if (K != TokenKind.If)
            {
                return body;
            }
            Advance();
            var test = ParseDisjunction();
            if (K != TokenKind.Else)
            {
                throw Fail("expected 'else' after 'if' expression");
            }
            Advance();
            var orElse = ParseExpression();
            return new IfExp(R(start), test, body, orElse);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>disjunction: conjunction ('or' conjunction)+ | conjunction</summary>
    private Expr ParseDisjunction() => ParseBoolOperation(BoolOperator.Or);

    /// <summary>conjunction: inversion ('and' inversion)+ | inversion</summary>
    private Expr ParseConjunction() => ParseBoolOperation(BoolOperator.And);

    /// <summary>One flat BoolOp for a run of the same operator, as CPython builds it.</summary>
    private Expr ParseBoolOperation(BoolOperator op)
    {
        var keyword = op == BoolOperator.Or ? TokenKind.Or : TokenKind.And;
        int start = Start;
        var first = op == BoolOperator.Or ? ParseConjunction() : ParseInversion();
        if (K != keyword)
        {
            return first;
        }
        var values = _exprLists.Rent();
        values.Add(first);
        while (Eat(keyword))
        {
            values.Add(op == BoolOperator.Or ? ParseConjunction() : ParseInversion());
        }
        return new BoolOp(R(start), op, _exprLists.ToImmutableAndReturn(values));
    }

    /// <summary>inversion: 'not' inversion | comparison</summary>
    private Expr ParseInversion()
    {
        if (K != TokenKind.Not)
        {
            return ParseComparison();
        }
        int start = Start;
        Advance();
        Enter();
        var operand = ParseInversion();
        Leave();
        return new UnaryOp(R(start), UnaryOperator.Not, operand);
    }

    /// <summary>comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or</summary>
    private Expr ParseComparison()
    {
        int start = Start;
        var left = ParseBitwiseOr();
        var op = ComparisonOperator();
        if (op is null)
        {
            return left;
        }
        var ops = _cmpOpLists.Rent();
        var comparators = _exprLists.Rent();
        while (op is { } next)
        {
            ops.Add(next);
            comparators.Add(ParseBitwiseOr());
            op = ComparisonOperator();
        }
        return new Compare(R(start), left, _cmpOpLists.ToImmutableAndReturn(ops), _exprLists.ToImmutableAndReturn(comparators));
    }

    /// <summary>Consumes a comparison operator ('not in' and 'is not' are two tokens).</summary>
    private CmpOp? ComparisonOperator()
    {
        CmpOp op;
        switch (K)
        {
            case TokenKind.EqEqual: op = CmpOp.Eq; break;
            case TokenKind.NotEqual: op = CmpOp.NotEq; break;
            case TokenKind.Less: op = CmpOp.Lt; break;
            case TokenKind.LessEqual: op = CmpOp.LtE; break;
            case TokenKind.Greater: op = CmpOp.Gt; break;
            case TokenKind.GreaterEqual: op = CmpOp.GtE; break;
            case TokenKind.In: op = CmpOp.In; break;
            case TokenKind.Is:
                Advance();
                return Eat(TokenKind.Not) ? CmpOp.IsNot : CmpOp.Is;
            case TokenKind.Not when Peek() == TokenKind.In:
                Advance();
                Advance();
                return CmpOp.NotIn;
            default:
                return null;
        }
        Advance();
        return op;
    }

    /// <summary>bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term — by precedence climbing.</summary>
    private Expr ParseBitwiseOr() => ParseBinary(1);

    private Expr ParseBinary(int minPrecedence)
    {
        int start = Start;
        var left = ParseFactor();
        int chain = 0;
        while (true)
        {
            int precedence = BinaryPrecedence(K, out var op);
            if (precedence < minPrecedence)
            {
                EndChain(chain);
                return left;
            }
            Chain(ref chain);
            Advance();
            Enter();
            var right = ParseBinary(precedence + 1);
            Leave();
            left = new BinOp(R(start), left, op, right);
        }
    }

    private static int BinaryPrecedence(TokenKind kind, out Operator op)
    {
        (op, int precedence) = kind switch
        {
            TokenKind.VBar => (Operator.BitOr, 1),
            TokenKind.Circumflex => (Operator.BitXor, 2),
            TokenKind.Amper => (Operator.BitAnd, 3),
            TokenKind.LeftShift => (Operator.LShift, 4),
            TokenKind.RightShift => (Operator.RShift, 4),
            TokenKind.Plus => (Operator.Add, 5),
            TokenKind.Minus => (Operator.Sub, 5),
            TokenKind.Star => (Operator.Mult, 6),
            TokenKind.Slash => (Operator.Div, 6),
            TokenKind.DoubleSlash => (Operator.FloorDiv, 6),
            TokenKind.Percent => (Operator.Mod, 6),
            TokenKind.At => (Operator.MatMult, 6),
            _ => (Operator.Add, 0),
        };
        return precedence;
    }

    /// <summary>factor: '+' factor | '-' factor | '~' factor | power</summary>
    private Expr ParseFactor()
    {
        UnaryOperator op;
        switch (K)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        int start = Start;
        Advance();
        Enter();
        var operand = ParseFactor();
        Leave();
        return new UnaryOp(R(start), op, operand);
    }

    /// <summary>power: await_primary '**' factor | await_primary</summary>
    private Expr ParsePower()
    {
        int start = Start;
        var left = ParseAwaitPrimary();
        if (K != TokenKind.DoubleStar)
        {
            return left;
        }
        Advance();
        Enter();
        var right = ParseFactor();
        Leave();
        return new BinOp(R(start), left, Operator.Pow, right);
    }

    /// <summary>await_primary: 'await' primary | primary</summary>
    private Expr ParseAwaitPrimary()
    {
        if (K != TokenKind.Await)
        {
            return ParsePrimary();
        }
        int start = Start;
        Advance();
        var value = ParsePrimary();
        return new Await(R(start), value);
    }

    /// <summary>lambdef: 'lambda' [lambda_params] ':' expression</summary>
    private Expr ParseLambda()
    {
        int start = Start;
        Advance();
        var parameters = ParseParameters(TokenKind.Colon, allowAnnotations: false, Start);
        Expect(TokenKind.Colon);
        var body = ParseExpression();
        return new Lambda(R(start), parameters, body);
    }

    /// <summary>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]</summary>
    private Expr ParseYieldExpression()
    {
        int start = Start;
        Advance();
        if (Eat(TokenKind.From))
        {
            var source = ParseExpression();
            return new YieldFrom(R(start), source);
        }
        var value = StartsExpression(K) ? ParseStarExpressions() : null;
        return new Yield(R(start), value);
    }
}
