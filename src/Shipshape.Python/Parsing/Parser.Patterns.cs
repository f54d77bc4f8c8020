using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
    /// 'match' is a soft keyword: when the line is not a match statement, nothing is consumed
    /// and null is returned.</summary>
    private Stmt? TryParseMatch()
    {
        int mark = _p, prevEnd = _prevEnd, diagnostics = _diagnostics.Count;
        var depths = SaveDepths();
        int start = Start;
        Expr subject;
        bool speculating = _speculating;
        _speculating = true;
        try
        {
            Advance();
            subject = ParseSubject();
            if (K != TokenKind.Colon || Peek() != TokenKind.Newline)
            {
                throw new ParseAbort();
            }
        }
        catch (ParseAbort)
        {
            _p = mark;
            _prevEnd = prevEnd;
            RestoreDepths(depths);
            _diagnostics.RemoveRange(diagnostics, _diagnostics.Count - diagnostics);
            return null;
        }
        finally
        {
            _speculating = speculating;
        }
        Advance();
        Advance();
        if (K != TokenKind.Indent)
        {
            throw Fail("expected an indented block");
        }
        Advance();
        var cases = ImmutableArray.CreateBuilder<MatchCase>();
        while (K == TokenKind.Name && IsSoftKeyword("case"))
        {
            cases.Add(ParseCaseBlock());
        }
        if (cases.Count == 0)
        {
            throw Fail("expected 'case' block");
        }
        if (K != TokenKind.Dedent && K != TokenKind.EndOfFile)
        {
            throw Fail("invalid syntax");
        }
        Eat(TokenKind.Dedent);
        return new Match(R(start), subject, cases.ToImmutable());
    }

    /// <summary>subject_expr: star_named_expression ',' star_named_expressions? | named_expression</summary>
    private Expr ParseSubject()
    {
        int start = Start;
        var first = ParseStarNamedExpression();
        if (K != TokenKind.Comma)
        {
            if (first is Starred)
            {
                throw new ParseAbort();
            }
            return first;
        }
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Eat(TokenKind.Comma) && K != TokenKind.Colon)
        {
            elts.Add(ParseStarNamedExpression());
        }
        return new Tuple(R(start), elts.ToImmutable(), ExprContext.Load);
    }

    /// <summary>case_block: "case" patterns guard? ':' block</summary>
    private MatchCase ParseCaseBlock()
    {
        int start = Start;
        Advance();
        var pattern = ParsePatterns();
        var guard = Eat(TokenKind.If) ? ParseNamedExpression() : null;
        var body = ParseBlock();
        return new MatchCase(R(start), pattern, guard, body);
    }

    /// <summary>patterns: open_sequence_pattern | pattern</summary>
    private Pattern ParsePatterns()
    {
        int start = Start;
        var first = ParseMaybeStarPattern();
        if (K != TokenKind.Comma)
        {
            if (first is MatchStar)
            {
                throw FailOn(first, "invalid syntax");
            }
            return first;
        }
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        patterns.Add(first);
        while (Eat(TokenKind.Comma) && K is not (TokenKind.Colon or TokenKind.If))
        {
            patterns.Add(ParseMaybeStarPattern());
        }
        return new MatchSequence(R(start), patterns.ToImmutable());
    }

    /// <summary>maybe_star_pattern: star_pattern | pattern</summary>
    private Pattern ParseMaybeStarPattern()
    {
        if (K != TokenKind.Star)
        {
            return ParsePattern();
        }
        int start = Start;
        Advance();
        string name = ParseIdentifier();
        return new MatchStar(R(start), name == "_" ? null : name);
    }

    /// <summary>pattern: as_pattern | or_pattern; as_pattern: or_pattern 'as' pattern_capture_target</summary>
    private Pattern ParsePattern()
    {
        Enter();
        try
        {
            int start = Start;
            var pattern = ParseOrPattern();
            if (!Eat(TokenKind.As))
            {
                return pattern;
            }
            string name = ParseIdentifier();
            if (name == "_")
            {
                throw FailAt("cannot use '_' as a target", _tokens[_p - 1].Start, _prevEnd);
            }
            return new MatchAs(R(start), pattern, name);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>or_pattern: '|'.closed_pattern+</summary>
    private Pattern ParseOrPattern()
    {
        int start = Start;
        var first = ParseClosedPattern();
        if (K != TokenKind.VBar)
        {
            return first;
        }
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        patterns.Add(first);
        while (Eat(TokenKind.VBar))
        {
            patterns.Add(ParseClosedPattern());
        }
        return new MatchOr(R(start), patterns.ToImmutable());
    }

    /// <summary>closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    /// | group_pattern | sequence_pattern | mapping_pattern | class_pattern</summary>
    private Pattern ParseClosedPattern()
    {
        int start = Start;
        switch (K)
        {
            case TokenKind.None:
                Advance();
                return new MatchSingleton(R(start), ConstantValue.None);
            case TokenKind.True:
                Advance();
                return new MatchSingleton(R(start), ConstantValue.True);
            case TokenKind.False:
                Advance();
                return new MatchSingleton(R(start), ConstantValue.False);
            case TokenKind.String:
            case TokenKind.FStringStart:
            {
                // An f-string here is the compiler's error; ast.parse accepts it.
                var value = ParseStrings();
                return new MatchValue(value.Range, value);
            }
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                var value = ParseLiteralNumberPattern();
                return new MatchValue(value.Range, value);
            }
            case TokenKind.LParen:
                return ParseParenthesizedPattern();
            case TokenKind.LBracket:
            {
                Advance();
                var patterns = ParsePatternList(TokenKind.RBracket);
                Expect(TokenKind.RBracket);
                return new MatchSequence(R(start), patterns);
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                return ParseNamePattern();
            default:
                throw Fail("invalid syntax");
        }
    }

    /// <summary>signed_number | complex_number: signed_real_number ('+' | '-') imaginary_number</summary>
    private Expr ParseLiteralNumberPattern()
    {
        int start = Start;
        var real = ParseSignedNumber();
        if (K is not (TokenKind.Plus or TokenKind.Minus))
        {
            return real;
        }
        var op = K == TokenKind.Plus ? Operator.Add : Operator.Sub;
        Advance();
        if (K != TokenKind.Number)
        {
            throw Fail("invalid syntax");
        }
        var imaginary = ParseSignedNumber();
        if (imaginary is not Constant { Value: ConstantValue.ComplexValue })
        {
            throw FailOn(imaginary, "imaginary number required in complex literal");
        }
        if (real is Constant { Value: ConstantValue.ComplexValue } or UnaryOp { Operand: Constant { Value: ConstantValue.ComplexValue } })
        {
            throw FailOn(real, "real number required in complex literal");
        }
        return new BinOp(R(start), real, op, imaginary);
    }

    /// <summary>signed_number: NUMBER | '-' NUMBER</summary>
    private Expr ParseSignedNumber()
    {
        int start = Start;
        bool negative = Eat(TokenKind.Minus);
        if (K != TokenKind.Number)
        {
            throw Fail("invalid syntax");
        }
        var token = Cur;
        Advance();
        var number = new Constant(new TextRange(token.Start, token.End), ParseNumber(token), null);
        return negative ? new UnaryOp(R(start), UnaryOperator.USub, number) : number;
    }

    /// <summary>group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')'</summary>
    private Pattern ParseParenthesizedPattern()
    {
        int start = Start;
        Advance();
        if (Eat(TokenKind.RParen))
        {
            return new MatchSequence(R(start), []);
        }
        var first = ParseMaybeStarPattern();
        if (Eat(TokenKind.RParen))
        {
            if (first is MatchStar)
            {
                return new MatchSequence(R(start), [first]);
            }
            return first;
        }
        Expect(TokenKind.Comma);
        var rest = ParsePatternList(TokenKind.RParen);
        Expect(TokenKind.RParen);
        return new MatchSequence(R(start), rest.Insert(0, first));
    }

    /// <summary>maybe_sequence_pattern: ','.maybe_star_pattern+ ','?</summary>
    private ImmutableArray<Pattern> ParsePatternList(TokenKind closer)
    {
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        while (K != closer)
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        return patterns.ToImmutable();
    }

    /// <summary>mapping_pattern: '{' [items_pattern] [','] ['**' NAME [',']] '}'
    /// key_value_pattern: (literal_expr | attr) ':' pattern</summary>
    private Pattern ParseMappingPattern()
    {
        int start = Start;
        Advance();
        var keys = ImmutableArray.CreateBuilder<Expr>();
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        string? rest = null;
        while (K != TokenKind.RBrace)
        {
            if (Eat(TokenKind.DoubleStar))
            {
                rest = ParseIdentifier();
                if (rest == "_")
                {
                    throw FailAt("invalid syntax", _tokens[_p - 1].Start, _prevEnd);
                }
                Eat(TokenKind.Comma);
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RBrace);
        return new MatchMapping(R(start), keys.ToImmutable(), patterns.ToImmutable(), rest);
    }

    private Expr ParseMappingKey()
    {
        switch (K)
        {
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseAtom();
            case TokenKind.Number:
            case TokenKind.Minus:
                return ParseLiteralNumberPattern();
            case TokenKind.Name:
                var name = ParseNameOrAttribute();
                if (name is Name)
                {
                    throw FailOn(name, "invalid syntax");
                }
                return name;
            default:
                throw Fail("invalid syntax");
        }
    }

    /// <summary>name_or_attr: attr | NAME; attr: name_or_attr '.' NAME</summary>
    private Expr ParseNameOrAttribute()
    {
        int start = Start;
        var token = Cur;
        Expr expr = new Name(new TextRange(token.Start, token.End), ParseIdentifier(), ExprContext.Load);
        while (Eat(TokenKind.Dot))
        {
            string attr = ParseIdentifier();
            expr = new Attribute(R(start), expr, attr, ExprContext.Load);
        }
        return expr;
    }

    /// <summary>capture_pattern | wildcard_pattern | value_pattern | class_pattern</summary>
    private Pattern ParseNamePattern()
    {
        int start = Start;
        var target = ParseNameOrAttribute();
        if (K == TokenKind.LParen)
        {
            return ParseClassPattern(start, target);
        }
        if (target is Name name)
        {
            return name.Id == "_" ? new MatchAs(R(start), null, null) : new MatchAs(R(start), null, name.Id);
        }
        return new MatchValue(target.Range, target);
    }

    /// <summary>class_pattern: name_or_attr '(' [positional_patterns [','] | keyword_patterns [',']
    /// | positional_patterns ',' keyword_patterns [',']] ')'</summary>
    private Pattern ParseClassPattern(int start, Expr cls)
    {
        Advance();
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        var kwdAttrs = ImmutableArray.CreateBuilder<string>();
        var kwdPatterns = ImmutableArray.CreateBuilder<Pattern>();
        while (K != TokenKind.RParen)
        {
            if (K == TokenKind.Name && Peek() == TokenKind.Equal)
            {
                kwdAttrs.Add(ParseIdentifier());
                Advance();
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var pattern = ParsePattern();
                if (kwdAttrs.Count > 0)
                {
                    throw FailOn(pattern, "positional patterns follow keyword patterns");
                }
                patterns.Add(pattern);
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RParen);
        return new MatchClass(R(start), cls, patterns.ToImmutable(), kwdAttrs.ToImmutable(), kwdPatterns.ToImmutable());
    }
}
