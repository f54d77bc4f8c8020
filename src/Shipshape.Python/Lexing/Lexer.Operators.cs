namespace Shipshape.Python.Lexing;

public sealed partial class Lexer
{
    /// <summary>Operators and delimiters, longest match first.</summary>
    private void LexOperator(char c)
    {
        char c1 = _pos + 1 < _src.Length ? _src[_pos + 1] : '\0';
        char c2 = _pos + 2 < _src.Length ? _src[_pos + 2] : '\0';
        if (_modes.Count > 0 && IsFieldBrace(_brackets.Count - 1))
        {
            // At the top level of an f-string replacement field, ':' opens the format spec and
            // '}' closes the field.
            if (c == ':')
            {
                Add(TokenKind.Colon, _pos, _pos + 1);
                _pos++;
                EnterFormatSpec();
                return;
            }
            if (c == '}')
            {
                CloseField();
                return;
            }
        }
        switch (c)
        {
            case '(': OpenBracket(c, TokenKind.LParen); return;
            case '[': OpenBracket(c, TokenKind.LBracket); return;
            case '{': OpenBracket(c, TokenKind.LBrace); return;
            case ')': CloseBracket(c, TokenKind.RParen); return;
            case ']': CloseBracket(c, TokenKind.RBracket); return;
            case '}': CloseBracket(c, TokenKind.RBrace); return;
            case ',': Op(TokenKind.Comma, 1); return;
            case ';': Op(TokenKind.Semicolon, 1); return;
            case '~': Op(TokenKind.Tilde, 1); return;
            case ':': Op(c1 == '=' ? TokenKind.ColonEqual : TokenKind.Colon, c1 == '=' ? 2 : 1); return;
            case '.':
                if (c1 == '.' && c2 == '.')
                {
                    Op(TokenKind.Ellipsis, 3);
                }
                else
                {
                    Op(TokenKind.Dot, 1);
                }
                return;
            case '+': OpOrAssign(c1, TokenKind.Plus, TokenKind.PlusEqual); return;
            case '%': OpOrAssign(c1, TokenKind.Percent, TokenKind.PercentEqual); return;
            case '@': OpOrAssign(c1, TokenKind.At, TokenKind.AtEqual); return;
            case '&': OpOrAssign(c1, TokenKind.Amper, TokenKind.AmperEqual); return;
            case '|': OpOrAssign(c1, TokenKind.VBar, TokenKind.VBarEqual); return;
            case '^': OpOrAssign(c1, TokenKind.Circumflex, TokenKind.CircumflexEqual); return;
            case '=': OpOrAssign(c1, TokenKind.Equal, TokenKind.EqEqual); return;
            case '!':
                if (c1 == '=')
                {
                    Op(TokenKind.NotEqual, 2);
                }
                else
                {
                    Op(TokenKind.Exclamation, 1);
                }
                return;
            case '-':
                if (c1 == '>')
                {
                    Op(TokenKind.Arrow, 2);
                }
                else
                {
                    OpOrAssign(c1, TokenKind.Minus, TokenKind.MinusEqual);
                }
                return;
            case '*':
                if (c1 == '*')
                {
                    Op(c2 == '=' ? TokenKind.DoubleStarEqual : TokenKind.DoubleStar, c2 == '=' ? 3 : 2);
                }
                else
                {
                    OpOrAssign(c1, TokenKind.Star, TokenKind.StarEqual);
                }
                return;
            case '/':
                if (c1 == '/')
                {
                    Op(c2 == '=' ? TokenKind.DoubleSlashEqual : TokenKind.DoubleSlash, c2 == '=' ? 3 : 2);
                }
                else
                {
                    OpOrAssign(c1, TokenKind.Slash, TokenKind.SlashEqual);
                }
                return;
            case '<':
                if (c1 == '<')
                {
                    Op(c2 == '=' ? TokenKind.LeftShiftEqual : TokenKind.LeftShift, c2 == '=' ? 3 : 2);
                }
                else
                {
                    OpOrAssign(c1, TokenKind.Less, TokenKind.LessEqual);
                }
                return;
            case '>':
                if (c1 == '>')
                {
                    Op(c2 == '=' ? TokenKind.RightShiftEqual : TokenKind.RightShift, c2 == '=' ? 3 : 2);
                }
                else
                {
                    OpOrAssign(c1, TokenKind.Greater, TokenKind.GreaterEqual);
                }
                return;
            default:
                var rune = RuneAt(_pos, out int width);
                if (c < 0x80 && c is not ('$' or '?' or '`'))
                {
                    Error($"invalid non-printable character U+{rune.Value:X4}", _pos, _pos + width);
                }
                else
                {
                    Error($"invalid character '{rune}' (U+{rune.Value:X4})", _pos, _pos + width);
                }
                Op(TokenKind.Error, width);
                return;
        }
    }

    private void Op(TokenKind kind, int width)
    {
        Add(kind, _pos, _pos + width);
        _pos += width;
    }

    private void OpOrAssign(char next, TokenKind plain, TokenKind withEqual)
    {
        if (next == '=')
        {
            Op(withEqual, 2);
        }
        else
        {
            Op(plain, 1);
        }
    }
}
