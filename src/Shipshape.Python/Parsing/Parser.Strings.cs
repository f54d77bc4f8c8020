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
            return new Constant(range, new ConstantValue.StrValue(state.Text.ToString()), state.Kind);
        }
        state.FlushText();
        return new JoinedStr(range, WithRanges([.. state.Values], range));
    }

    /// <summary>Literal parts and FormattedValues are stamped with the concatenation's range once
    /// it is known (CPython 3.11).</summary>
    private static Expr WithRange(Expr value, TextRange range) => value switch
    {
        FormattedValue formatted => formatted with
        {
            Range = range,
            FormatSpec = formatted.FormatSpec is JoinedStr spec ? spec with { Values = WithRanges(spec.Values, range) } : formatted.FormatSpec,
        },
        Constant constant => constant with { Range = range },
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
        if (!StringDecoder.DecodeText(body, raw, state.Text, out string? textError))
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
                    DecodeMiddle(Cur, raw, state.Text);
                    Advance();
                    break;
                case TokenKind.LBrace:
                    state.FlushText();
                    state.Values.Add(ParseReplacementField(raw, piece, state.Text));
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
        for (int i = index; i < _tokens.Length; i++)
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
    /// [fstring_full_format_spec] '}'. A '=' debug specifier appends the expression's text to
    /// <paramref name="text"/>, the literal text before the field.</summary>
    private Expr ParseReplacementField(bool raw, TextRange piece, StringBuilder text)
    {
        Enter();
        try
        {
            var open = Cur;
            Advance();
            if (K is TokenKind.RBrace or TokenKind.Exclamation or TokenKind.Colon or TokenKind.Equal)
            {
                throw Fail("f-string: empty expression not allowed");
            }
            var expr = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
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
                StringDecoder.AppendNormalizedNewlines(_src.AsSpan(open.End, textEnd - open.End), text);
            }
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
                formatSpec = ParseFormatSpec(raw, piece);
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

    /// <summary>fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field — until the field's '}'.</summary>
    private Expr ParseFormatSpec(bool raw, TextRange piece)
    {
        var values = ImmutableArray.CreateBuilder<Expr>();
        var text = new StringBuilder();
        while (true)
        {
            if (K == TokenKind.FStringMiddle)
            {
                DecodeMiddle(Cur, raw, text);
                Advance();
            }
            else if (K == TokenKind.LBrace)
            {
                if (text.Length > 0)
                {
                    values.Add(new Constant(piece, new ConstantValue.StrValue(text.ToString()), null));
                    text.Clear();
                }
                values.Add(ParseReplacementField(raw, piece, text));
            }
            else
            {
                break;
            }
        }
        if (text.Length > 0)
        {
            values.Add(new Constant(piece, new ConstantValue.StrValue(text.ToString()), null));
        }
        return new JoinedStr(piece, values.ToImmutable());
    }

    /// <summary>What a run of adjacent string literals has produced so far.</summary>
    private struct StringConcatenation(bool unicodePrefixed)
    {
        public readonly StringBuilder Text = new();
        public readonly ImmutableArray<byte>.Builder Bytes = ImmutableArray.CreateBuilder<byte>();
        public readonly List<Expr> Values = [];
        public readonly string? Kind = unicodePrefixed ? "u" : null;
        public bool HasBytes;
        public bool HasText;
        public bool IsJoined;

        /// <summary>Ends the current literal part of a JoinedStr (its range is set at the end).</summary>
        public readonly void FlushText()
        {
            if (Text.Length > 0)
            {
                Values.Add(new Constant(default, new ConstantValue.StrValue(Text.ToString()), Kind));
                Text.Clear();
            }
        }
    }
}
