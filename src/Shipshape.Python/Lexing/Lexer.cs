namespace Shipshape.Python.Lexing;

/// <summary>
/// Turns Python source into tokens, the way CPython 3.12's tokenizer does: INDENT/DEDENT from
/// the indentation stack, NEWLINE only at bracket depth zero, f-strings split into
/// start/middle/end tokens with ordinary tokens for their replacement fields (PEP 701).
/// Comments are collected apart. Errors never stop the lexer: it reports them and goes on.
/// </summary>
public sealed partial class Lexer
{
    /// <summary>CPython's tokenizer limits (MAXINDENT, MAXLEVEL).</summary>
    private const int MaxIndentLevels = 100;
    private const int MaxBracketDepth = 200;

    private readonly string _src;
    private int _pos;
    // A growable array rather than a List: the parser takes it over without a copy.
    private Token[] _tokens;
    private int _count;
    private readonly List<LexicalError> _errors = [];
    private readonly List<Token> _comments = [];

    /// <summary>Open brackets: the character and its offset.</summary>
    private readonly List<(char Char, int Offset)> _brackets = [];

    private bool _atLineStart = true;
    private bool _lineHasTokens;
    private bool _reportedDepth;

    private Lexer(string source)
    {
        _src = source;
        // Python source averages five to six characters a token; a short guess regrows once at most.
        _tokens = new Token[source.Length / 5 + 16];
    }

    /// <summary>Tokenizes <paramref name="source"/> completely; the list ends with EndOfFile.</summary>
    public static LexResult Tokenize(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return new LexResult(new ArraySegment<Token>(lexer._tokens, 0, lexer._count), lexer._errors, lexer._comments);
    }

    private void Run()
    {
        while (true)
        {
            if (_modes.Count > 0 && InLiteralMode)
            {
                LexFStringLiteral();
                continue;
            }
            if (_atLineStart && _brackets.Count == 0)
            {
                _atLineStart = false;
                LexIndentation();
            }
            SkipTrivia();
            if (_pos >= _src.Length)
            {
                Finish();
                return;
            }
            char c = _src[_pos];
            if (c == '\n' || c == '\r')
            {
                LexLineEnd(c);
                continue;
            }
            _lineHasTokens = true;
            if (IsAsciiIdentifierStart(c) || (c >= 0x80 && IsIdentifierStartAt(_pos)))
            {
                LexNameOrPrefixedString();
            }
            else if (c is '"' or '\'')
            {
                LexString(_pos, _pos, StringPrefix.None);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _src.Length && char.IsAsciiDigit(_src[_pos + 1])))
            {
                LexNumber();
            }
            else
            {
                LexOperator(c);
            }
        }
    }

    private void LexLineEnd(char c)
    {
        int start = _pos;
        _pos += c == '\r' && _pos + 1 < _src.Length && _src[_pos + 1] == '\n' ? 2 : 1;
        if (_brackets.Count > 0)
        {
            // Implicit line joining; a single-quoted f-string cannot span lines, though.
            if (_modes.Count > 0)
            {
                AbandonSingleLineFStrings(start, newlineConsumed: true);
            }
            return;
        }
        if (_lineHasTokens)
        {
            Add(TokenKind.Newline, start, _pos);
            _lineHasTokens = false;
        }
        _atLineStart = true;
    }

    /// <summary>Skips spaces, tabs, form feeds, comments and backslash continuations.</summary>
    private void SkipTrivia()
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c is ' ' or '\t' or '\f')
            {
                _pos++;
            }
            else if (c == '#')
            {
                int start = _pos;
                int end = _src.AsSpan(_pos).IndexOfAny('\n', '\r');
                _pos = end < 0 ? _src.Length : _pos + end;
                _comments.Add(new Token(TokenKind.Comment, start, _pos));
            }
            else if (c == '\\')
            {
                int next = _pos + 1;
                if (next < _src.Length && (_src[next] == '\n' || _src[next] == '\r'))
                {
                    _pos = next + (_src[next] == '\r' && next + 1 < _src.Length && _src[next + 1] == '\n' ? 2 : 1);
                    if (_pos >= _src.Length)
                    {
                        Error("unexpected EOF while parsing", _pos - 1, _pos);
                    }
                }
                else if (next >= _src.Length)
                {
                    Error("unexpected EOF while parsing", _pos, next);
                    _pos = next;
                }
                else
                {
                    Error("unexpected character after line continuation character", _pos, next);
                    Add(TokenKind.Error, _pos, next);
                    _pos = next;
                    _lineHasTokens = true;
                }
            }
            else if (c == '\0')
            {
                Error("source code cannot contain null bytes", _pos, _pos + 1);
                Add(TokenKind.Error, _pos, _pos + 1);
                _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private void Finish()
    {
        if (_modes.Count > 0)
        {
            Error("unterminated f-string literal", _modes[0].Start, _src.Length);
            _modes.Clear();
        }
        if (_brackets.Count > 0)
        {
            var (ch, offset) = _brackets[0];
            Error($"'{ch}' was never closed", offset, offset + 1);
        }
        if (_lineHasTokens)
        {
            Add(TokenKind.Newline, _pos, _pos);
        }
        for (int i = _indents.Count - 1; i > 0; i--)
        {
            Add(TokenKind.Dedent, _pos, _pos);
        }
        Add(TokenKind.EndOfFile, _pos, _pos);
    }

    private void Add(TokenKind kind, int start, int end)
    {
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[_count++] = new Token(kind, start, end);
    }

    private void Error(string message, int start, int end) => _errors.Add(new LexicalError(message, start, end));

    private void OpenBracket(char c, TokenKind kind)
    {
        if (_brackets.Count >= MaxBracketDepth && !_reportedDepth)
        {
            _reportedDepth = true;
            Error("too many nested parentheses", _pos, _pos + 1);
        }
        _brackets.Add((c, _pos));
        Add(kind, _pos, _pos + 1);
        _pos++;
    }

    private void CloseBracket(char c, TokenKind kind)
    {
        if (_brackets.Count == 0)
        {
            Error($"unmatched '{c}'", _pos, _pos + 1);
        }
        else
        {
            char open = _brackets[^1].Char;
            char expected = open switch { '(' => ')', '[' => ']', _ => '}' };
            if (expected != c)
            {
                Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}'", _pos, _pos + 1);
            }
            // A stray closer never pops the brace that opened the current f-string field.
            if (expected == c || !IsFieldBrace(_brackets.Count - 1))
            {
                _brackets.RemoveAt(_brackets.Count - 1);
            }
        }
        Add(kind, _pos, _pos + 1);
        _pos++;
    }

    private static bool IsAsciiIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsAsciiIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

/// <summary>The output of <see cref="Lexer.Tokenize"/>.</summary>
public sealed record LexResult(ArraySegment<Token> Tokens, List<LexicalError> Errors, List<Token> Comments);
