namespace Shipshape.Python.Lexing;

public sealed partial class Lexer
{
    /// <summary>What the lexer is inside of, innermost last: f-strings and their replacement
    /// fields. Empty outside f-strings.</summary>
    private readonly List<Mode> _modes = [];

    private struct Mode
    {
        public bool IsField;
        public char Quote;
        public bool Triple;
        public bool Raw;
        public int Start;
        /// <summary>For a field: the index in the bracket stack of the '{' that opened it.</summary>
        public int BracketDepth;
        /// <summary>For a field: whether its format spec has started.</summary>
        public bool InSpec;
    }

    private bool InLiteralMode => !_modes[^1].IsField || _modes[^1].InSpec;

    private bool IsFieldBrace(int bracketIndex) =>
        _modes.Count > 0 && _modes[^1].IsField && !_modes[^1].InSpec && _modes[^1].BracketDepth == bracketIndex;

    /// <summary>A string literal starting at <paramref name="start"/> whose quote is at
    /// <paramref name="quoteAt"/>; f-strings switch the lexer into literal mode.</summary>
    private void LexString(int start, int quoteAt, StringPrefix prefix)
    {
        char quote = _src[quoteAt];
        bool triple = quoteAt + 2 < _src.Length && _src[quoteAt + 1] == quote && _src[quoteAt + 2] == quote;
        _pos = quoteAt + (triple ? 3 : 1);
        if ((prefix & StringPrefix.Format) != 0)
        {
            Add(TokenKind.FStringStart, start, _pos);
            _modes.Add(new Mode { Quote = quote, Triple = triple, Raw = (prefix & StringPrefix.Raw) != 0, Start = start });
            return;
        }
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == '\\')
            {
                _pos += _pos + 2 < _src.Length && _src[_pos + 1] == '\r' && _src[_pos + 2] == '\n' ? 3 : 2;
                continue;
            }
            if (c == quote && (!triple || IsTripleQuoteAt(_pos, quote)))
            {
                _pos += triple ? 3 : 1;
                Add(TokenKind.String, start, _pos);
                return;
            }
            if (!triple && c is '\n' or '\r')
            {
                break;
            }
            _pos++;
        }
        _pos = Math.Min(_pos, _src.Length);
        Error(triple ? $"unterminated triple-quoted string literal" : "unterminated string literal", start, _pos);
        Add(TokenKind.Error, start, _pos);
    }

    private bool IsTripleQuoteAt(int index, char quote) =>
        index + 2 < _src.Length && _src[index] == quote && _src[index + 1] == quote && _src[index + 2] == quote;

    /// <summary>fstring_middle: literal text of the innermost f-string (or of the format spec
    /// of its innermost field), up to a replacement field or the closing quote.</summary>
    private void LexFStringLiteral()
    {
        int fstringIndex = _modes.Count - 1;
        while (_modes[fstringIndex].IsField)
        {
            fstringIndex--;
        }
        var fstring = _modes[fstringIndex];
        bool inSpec = _modes[^1].IsField;
        int start = _pos;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == '\\')
            {
                char next = _pos + 1 < _src.Length ? _src[_pos + 1] : '\0';
                if (!fstring.Raw && next == 'N' && _pos + 2 < _src.Length && _src[_pos + 2] == '{')
                {
                    int close = _src.AsSpan(_pos).IndexOfAny('}', fstring.Quote);
                    _pos = close < 0 || _src[_pos + close] != '}' ? _pos + 3 : _pos + close + 1;
                    continue;
                }
                if (next is '{' or '}' || next == '\0')
                {
                    _pos++;
                    continue;
                }
                if (fstring.Raw && next != fstring.Quote && next != '\\')
                {
                    _pos++;
                    continue;
                }
                _pos += next == '\r' && _pos + 2 < _src.Length && _src[_pos + 2] == '\n' ? 3 : 2;
                continue;
            }
            if (c == fstring.Quote && (!fstring.Triple || IsTripleQuoteAt(_pos, c)))
            {
                AddMiddle(start);
                if (inSpec)
                {
                    Error("f-string: expecting '}'", _pos, _pos + 1);
                    DropFields(fstringIndex);
                }
                int width = fstring.Triple ? 3 : 1;
                Add(TokenKind.FStringEnd, _pos, _pos + width);
                _pos += width;
                _modes.RemoveAt(fstringIndex);
                return;
            }
            if (c is '\n' or '\r' && !fstring.Triple)
            {
                AddMiddle(start);
                AbandonSingleLineFStrings(_pos, newlineConsumed: false);
                return;
            }
            if (c == '{')
            {
                if (!inSpec && _pos + 1 < _src.Length && _src[_pos + 1] == '{')
                {
                    _pos += 2;
                    continue;
                }
                AddMiddle(start);
                _modes.Add(new Mode { IsField = true, Quote = fstring.Quote, Triple = fstring.Triple, Raw = fstring.Raw, Start = _pos, BracketDepth = _brackets.Count });
                OpenBracket('{', TokenKind.LBrace);
                return;
            }
            if (c == '}')
            {
                if (inSpec)
                {
                    AddMiddle(start);
                    CloseField();
                    return;
                }
                if (_pos + 1 < _src.Length && _src[_pos + 1] == '}')
                {
                    _pos += 2;
                    continue;
                }
                Error("f-string: single '}' is not allowed", _pos, _pos + 1);
            }
            _pos++;
        }
        AddMiddle(start);
        Error("unterminated f-string literal", fstring.Start, _pos);
        DropFields(fstringIndex);
        _modes.RemoveAt(fstringIndex);
        Add(TokenKind.FStringEnd, _pos, _pos);
    }

    private void AddMiddle(int start)
    {
        if (_pos > start)
        {
            Add(TokenKind.FStringMiddle, start, _pos);
        }
    }

    private void EnterFormatSpec()
    {
        var field = _modes[^1];
        field.InSpec = true;
        _modes[^1] = field;
    }

    /// <summary>The '}' that ends the innermost replacement field.</summary>
    private void CloseField()
    {
        Add(TokenKind.RBrace, _pos, _pos + 1);
        _pos++;
        var field = _modes[^1];
        _modes.RemoveAt(_modes.Count - 1);
        TrimBrackets(field.BracketDepth);
    }

    /// <summary>Removes every field (and its brackets) above the f-string at <paramref name="fstringIndex"/>.</summary>
    private void DropFields(int fstringIndex)
    {
        if (_modes.Count > fstringIndex + 1)
        {
            TrimBrackets(_modes[fstringIndex + 1].BracketDepth);
            _modes.RemoveRange(fstringIndex + 1, _modes.Count - fstringIndex - 1);
        }
    }

    private void TrimBrackets(int count)
    {
        if (_brackets.Count > count)
        {
            _brackets.RemoveRange(count, _brackets.Count - count);
        }
    }

    /// <summary>A line end inside a single-quoted f-string (in its literal text or in one of its
    /// fields) ends it with an error, so the rest of the file is not swallowed.</summary>
    private void AbandonSingleLineFStrings(int at, bool newlineConsumed)
    {
        for (int i = 0; i < _modes.Count; i++)
        {
            if (!_modes[i].IsField && !_modes[i].Triple)
            {
                Error("unterminated f-string literal", _modes[i].Start, at);
                DropFields(i);
                _modes.RemoveRange(i, _modes.Count - i);
                Add(TokenKind.FStringEnd, at, at);
                // The f-string's own brackets are gone; the newline is now a real one if no
                // outer bracket remains.
                if (newlineConsumed && _brackets.Count == 0 && _lineHasTokens)
                {
                    Add(TokenKind.Newline, at, at);
                    _lineHasTokens = false;
                    _atLineStart = true;
                }
                return;
            }
        }
    }
}
