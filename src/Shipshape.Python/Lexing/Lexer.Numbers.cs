namespace Shipshape.Python.Lexing;

public sealed partial class Lexer
{
    /// <summary>integer | floatnumber | imagnumber, underscores between digits.</summary>
    private void LexNumber()
    {
        int start = _pos;
        char c = _src[_pos];
        if (c == '0' && _pos + 1 < _src.Length && char.ToLowerInvariant(_src[_pos + 1]) is 'x' or 'o' or 'b')
        {
            char radix = char.ToLowerInvariant(_src[_pos + 1]);
            _pos += 2;
            Func<char, bool> isDigit = radix switch
            {
                'x' => char.IsAsciiHexDigit,
                'o' => static d => d is >= '0' and <= '7',
                _ => static d => d is '0' or '1',
            };
            string name = radix switch { 'x' => "hexadecimal", 'o' => "octal", _ => "binary" };
            if (!LexDigits(isDigit, allowLeadingUnderscore: true) || (_pos < _src.Length && char.IsAsciiDigit(_src[_pos])))
            {
                Error($"invalid {name} literal", start, _pos + 1);
            }
            FinishNumber(start);
            return;
        }
        bool isFloat = false;
        if (c != '.')
        {
            if (!LexDigits(char.IsAsciiDigit, allowLeadingUnderscore: false))
            {
                Error("invalid decimal literal", start, _pos + 1);
            }
        }
        if (_pos < _src.Length && _src[_pos] == '.')
        {
            isFloat = true;
            _pos++;
            if (_pos < _src.Length && char.IsAsciiDigit(_src[_pos]) && !LexDigits(char.IsAsciiDigit, false))
            {
                Error("invalid decimal literal", start, _pos + 1);
            }
        }
        if (_pos < _src.Length && _src[_pos] is 'e' or 'E')
        {
            int mark = _pos;
            _pos++;
            if (_pos < _src.Length && _src[_pos] is '+' or '-')
            {
                _pos++;
            }
            if (_pos < _src.Length && char.IsAsciiDigit(_src[_pos]))
            {
                isFloat = true;
                if (!LexDigits(char.IsAsciiDigit, false))
                {
                    Error("invalid decimal literal", start, _pos + 1);
                }
            }
            else
            {
                // "1else": the 'e' starts a keyword, not an exponent.
                _pos = mark;
            }
        }
        if (_pos < _src.Length && _src[_pos] is 'j' or 'J')
        {
            _pos++;
            isFloat = true;
        }
        if (!isFloat && _src[start] == '0' && _pos - start > 1)
        {
            foreach (char d in _src.AsSpan(start, _pos - start))
            {
                if (d is not ('0' or '_'))
                {
                    Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, _pos);
                    break;
                }
            }
        }
        FinishNumber(start);
    }

    /// <summary>digit (["_"] digit)*; false when an underscore is not followed by a digit.</summary>
    private bool LexDigits(Func<char, bool> isDigit, bool allowLeadingUnderscore)
    {
        bool any = false;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (isDigit(c))
            {
                any = true;
                _pos++;
            }
            else if (c == '_' && (any || allowLeadingUnderscore))
            {
                if (_pos + 1 >= _src.Length || !isDigit(_src[_pos + 1]))
                {
                    _pos++;
                    return false;
                }
                _pos++;
            }
            else
            {
                break;
            }
        }
        return any;
    }

    /// <summary>A number may be followed directly only by a keyword CPython tolerates there
    /// ("1if x else 2"); any other name character makes it invalid.</summary>
    private void FinishNumber(int start)
    {
        if (_pos < _src.Length && (IsAsciiIdentifierPart(_src[_pos]) || _src[_pos] >= 0x80))
        {
            var rest = _src.AsSpan(_pos);
            bool keyword = rest.StartsWith("and") || rest.StartsWith("else") || rest.StartsWith("for")
                || rest.StartsWith("if") || rest.StartsWith("in") || rest.StartsWith("is")
                || rest.StartsWith("not") || rest.StartsWith("or");
            if (!keyword && (IsAsciiIdentifierPart(_src[_pos]) || IsIdentifierPartAt(_pos, out _)))
            {
                int end = _pos;
                while (end < _src.Length && IsAsciiIdentifierPart(_src[end]))
                {
                    end++;
                }
                Error("invalid decimal literal", start, end);
                Add(TokenKind.Number, start, _pos);
                Add(TokenKind.Error, _pos, end);
                _pos = end;
                return;
            }
        }
        Add(TokenKind.Number, start, _pos);
    }
}
