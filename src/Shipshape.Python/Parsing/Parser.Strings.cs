using System.Collections.Immutable;
using System.Text;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>strings: (fstring | string)+ — adjacent literals concatenate into one Constant, or
    /// into one JoinedStr when any is an f-string. Positions follow CPython 3.11: the literal
    /// parts and FormattedValues of a JoinedStr span the whole concatenation, a format spec spans
    /// the f-string it appears in, and the expressions inside keep their own positions.</summary>
    private Expr ParseStrings()
    {
        if (K == TokenKind.String && Peek() is not (TokenKind.String or TokenKind.FStringStart) && TryParseSimpleString() is { } simple)
        {
            return simple;
        }
        int start = Start;
        var state = new StringConcatenation(IsUnicodePrefixed(Cur));
        while (K is TokenKind.String or TokenKind.FStringStart)
        {
            if (K == TokenKind.String)
            {
                AppendPlainString(ref state, Cur);
                Advance();
            }
            else
            {
                state.IsJoined = true;
                ParseFString(ref state);
            }
        }
        if (state.HasBytes && (state.HasText || state.IsJoined))
        {
            throw FailAt("cannot mix bytes and nonbytes literals", start, _prevEnd);
        }
        var range = R(start);
        if (state.HasBytes)
        {
            return new Constant(range, new ConstantValue.BytesValue(state.Bytes.ToImmutable()), null);
        }
        if (!state.IsJoined)
        {
            return new Constant(range, new ConstantValue.StrValue(state.Literal.Text.ToString()), state.Kind);
        }
        state.Literal.Flush(default);
        return new JoinedStr(range, WithRanges([.. state.Literal.Values], range));
    }

    /// <summary>The common case: one plain, unprefixed or u-prefixed string without escapes or
    /// carriage returns, whose value is its body.</summary>
    private Constant? TryParseSimpleString()
    {
        var token = Cur;
        int quoteAt = token.Start;
        if (_src[quoteAt] is 'u' or 'U')
        {
            quoteAt++;
        }
        if (_src[quoteAt] is not ('"' or '\''))
        {
            return null;
        }
        int quoteWidth = token.End - quoteAt >= 6 && _src[quoteAt + 1] == _src[quoteAt] && _src[quoteAt + 2] == _src[quoteAt] ? 3 : 1;
        var body = _src.AsSpan(quoteAt + quoteWidth, token.End - quoteAt - 2 * quoteWidth);
        if (body.IndexOfAny('\\', '\r') >= 0)
        {
            return null;
        }
        Advance();
        return new Constant(new TextRange(token.Start, token.End), new ConstantValue.StrValue(body.ToString()), quoteAt > token.Start ? "u" : null);
    }

    /// <summary>Literal parts and FormattedValues are stamped with the concatenation's range once
    /// it is known (CPython 3.11). A format spec keeps its own range, and so does its trailing
    /// literal part, which CPython 3.11 finishes with the f-string's own token.</summary>
    private static Expr WithRange(Expr value, TextRange range) => value switch
    {
        FormattedValue formatted => formatted with
        {
            Range = range,
            FormatSpec = formatted.FormatSpec is JoinedStr spec ? spec with { Values = WithRanges(spec.Values, range) } : formatted.FormatSpec,
        },
        Constant constant when constant.Range == default => constant with { Range = range },
        _ => value,
    };

    private static ImmutableArray<Expr> WithRanges(ImmutableArray<Expr> values, TextRange range)
    {
        var builder = ImmutableArray.CreateBuilder<Expr>(values.Length);
        foreach (var value in values)
        {
            builder.Add(WithRange(value, range));
        }
        return builder.MoveToImmutable();
    }

    private bool IsUnicodePrefixed(Token token) => _src[token.Start] is 'u' or 'U';

    private void AppendPlainString(ref StringConcatenation state, Token token)
    {
        int quoteAt = token.Start;
        var prefix = StringPrefix.None;
        while (_src[quoteAt] is not ('"' or '\''))
        {
            prefix |= char.ToLowerInvariant(_src[quoteAt]) switch
            {
                'r' => StringPrefix.Raw,
                'b' => StringPrefix.Bytes,
                _ => StringPrefix.None,
            };
            quoteAt++;
        }
        char quote = _src[quoteAt];
        int quoteWidth = quoteAt + 2 < token.End - 1 && _src[quoteAt + 1] == quote && _src[quoteAt + 2] == quote ? 3 : 1;
        var body = _src.AsSpan(quoteAt + quoteWidth, token.End - quoteAt - 2 * quoteWidth);
        bool raw = (prefix & StringPrefix.Raw) != 0;
        if ((prefix & StringPrefix.Bytes) != 0)
        {
            state.HasBytes = true;
            if (!StringDecoder.DecodeBytes(body, raw, state.Bytes, out string? error))
            {
                throw FailAt(error!, token.Start, token.End);
            }
            return;
        }
        state.HasText = true;
        if (!StringDecoder.DecodeText(body, raw, state.Literal.Text, out string? textError))
        {
            throw FailAt(textError!, token.Start, token.End);
        }
    }

    /// <summary>fstring: FSTRING_START fstring_middle* FSTRING_END</summary>
    private void ParseFString(ref StringConcatenation state)
    {
        var startToken = Cur;
        bool raw = _src.AsSpan(startToken.Start, startToken.Length).IndexOfAny('r', 'R') >= 0;
        var piece = new TextRange(startToken.Start, FStringEnd(_p));
        Advance();
        while (true)
        {
            switch (K)
            {
                case TokenKind.FStringMiddle:
                    DecodeMiddle(Cur, raw, state.Literal.Text);
                    Advance();
                    break;
                case TokenKind.LBrace:
                    state.Literal.Values.Add(ParseReplacementField(raw, piece, state.Literal, level: 0));
                    break;
                case TokenKind.FStringEnd:
                    Advance();
                    return;
                default:
                    throw Fail("f-string: expecting '}'");
            }
        }
    }

    /// <summary>The end of the f-string whose FSTRING_START is at token <paramref name="index"/>.</summary>
    private int FStringEnd(int index)
    {
        int depth = 0;
        for (int i = index; i < _tokenCount; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == TokenKind.FStringStart)
            {
                depth++;
            }
            else if (kind == TokenKind.FStringEnd && --depth == 0)
            {
                return _tokens[i].End;
            }
            else if (kind == TokenKind.EndOfFile)
            {
                return _tokens[i].End;
            }
        }
        return _src.Length;
    }

    private void DecodeMiddle(Token token, bool raw, StringBuilder text)
    {
        if (!StringDecoder.DecodeFStringMiddle(_src.AsSpan(token.Start, token.Length), raw, text, out string? error))
        {
            throw FailAt(error!, token.Start, token.End);
        }
    }

    /// <summary>fstring_replacement_field: '{' (yield_expr | star_expressions) '='? [fstring_conversion]
    /// [fstring_full_format_spec] '}'. The literal text before the field (to which a '=' debug
    /// specifier appends the expression's text) is flushed into <paramref name="literal"/>.
    /// <paramref name="level"/> counts the format specs around the field: like CPython 3.11, a
    /// field in a format spec may not have a format spec with fields in it.</summary>
    private Expr ParseReplacementField(bool raw, TextRange piece, LiteralRun literal, int level)
    {
        Enter();
        try
        {
            var open = Cur;
            if (level >= 2)
            {
                throw Fail("f-string: expressions nested too deeply");
            }
            Advance();
            if (K is TokenKind.RBrace or TokenKind.Exclamation or TokenKind.Colon or TokenKind.Equal)
            {
                throw Fail("f-string: empty expression not allowed");
            }
            var expr = K == TokenKind.Yield ? ParseYieldExpression() : ParseFieldExpressions(open);
            if (expr is Starred)
            {
                throw FailOn(expr, "f-string: can't use starred expression here");
            }
            int conversion = -1;
            bool debug = false;
            if (K == TokenKind.Equal)
            {
                Advance();
                debug = true;
                int textEnd = K is TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace ? Cur.Start : _prevEnd;
                StringDecoder.AppendNormalizedNewlines(_src.AsSpan(open.End, textEnd - open.End), literal.Text);
            }
            literal.Flush(default);
            if (K == TokenKind.Exclamation)
            {
                int bang = Cur.End;
                Advance();
                if (K != TokenKind.Name || Cur.Start != bang)
                {
                    throw Fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = _src.AsSpan(Cur.Start, Cur.Length) switch
                {
                    "r" => 'r',
                    "s" => 's',
                    "a" => 'a',
                    _ => throw Fail("f-string: invalid conversion character: expected 's', 'r', or 'a'"),
                };
                Advance();
            }
            Expr? formatSpec = null;
            if (K == TokenKind.Colon)
            {
                Advance();
                formatSpec = ParseFormatSpec(raw, piece, level + 1);
            }
            if (K != TokenKind.RBrace)
            {
                throw Fail("f-string: expecting '}'");
            }
            Advance();
            if (debug && conversion == -1 && formatSpec is null)
            {
                conversion = 'r';
            }
            return new FormattedValue(piece, expr, conversion, formatSpec);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>star_expressions inside a replacement field. CPython 3.11 parses the field's text
    /// wrapped in parentheses, so an unparenthesized tuple spans from the '{' to just past the
    /// character that ends the expression.</summary>
    private Expr ParseFieldExpressions(Token open)
    {
        var first = ParseStarExpression();
        if (K != TokenKind.Comma)
        {
            return first;
        }
        var elts = ParseStarExpressionsAfter(first);
        return new Tuple(new TextRange(open.Start, Cur.Start + 1), elts, ExprContext.Load);
    }

    /// <summary>fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field — until the field's '}'.</summary>
    private Expr ParseFormatSpec(bool raw, TextRange piece, int level)
    {
        var literal = new LiteralRun(null);
        while (true)
        {
            if (K == TokenKind.FStringMiddle)
            {
                DecodeMiddle(Cur, raw, literal.Text);
                Advance();
            }
            else if (K == TokenKind.LBrace)
            {
                literal.Values.Add(ParseReplacementField(raw, piece, literal, level));
            }
            else
            {
                break;
            }
        }
        literal.Flush(piece);
        return new JoinedStr(piece, [.. literal.Values]);
    }

    /// <summary>Literal text being gathered and the JoinedStr values made so far.</summary>
    private sealed class LiteralRun(string? kind)
    {
        public StringBuilder Text { get; } = new();

        public List<Expr> Values { get; } = [];

        /// <summary>Ends the current literal part; a default range is stamped later.</summary>
        public void Flush(TextRange range)
        {
            if (Text.Length > 0)
            {
                Values.Add(new Constant(range, new ConstantValue.StrValue(Text.ToString()), kind));
                Text.Clear();
            }
        }
    }

    /// <summary>What a run of adjacent string literals has produced so far.</summary>
    private struct StringConcatenation(bool unicodePrefixed)
    {
        public readonly LiteralRun Literal = new(unicodePrefixed ? "u" : null);
        public readonly ImmutableArray<byte>.Builder Bytes = ImmutableArray.CreateBuilder<byte>();
        public readonly string? Kind = unicodePrefixed ? "u" : null;
        public bool HasBytes;
        public bool HasText;
        public bool IsJoined;
    }
}
