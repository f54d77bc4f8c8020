using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Text;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for Python 3.12, producing CPython-shaped trees with
/// CPython's node positions. Split by grammar area into partial files; each parse method names the
/// grammar rule (from CPython's Grammar/python.gram) it implements.
/// Error recovery: the first error in a statement abandons that statement (<see cref="ParseAbort"/>),
/// the parser skips to the end of its logical line and carries on with the next one.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Budget of nested rules, which bounds the depth of the tree: a left-nested chain
    /// (a + b + ..., a.b.c..., f()()...) spends one level per link. CPython's ast construction gives
    /// up at about 2,985 levels of node nesting ("maximum recursion depth exceeded").</summary>
    private const int MaxDepth = 2900;

    /// <summary>Brackets and indented blocks nest deeper in the parser's frames, so they have
    /// their own budgets, above CPython's (200 nested brackets, 100 indentation levels).</summary>
    private const int MaxBracketDepth = 250;
    private const int MaxBlockDepth = 200;

    private readonly string _src;
    // The lexer's buffer, which may run past the last token: _tokenCount is where the tokens end.
    private readonly Token[] _tokens;
    private readonly int _tokenCount;
    private readonly List<SyntaxDiagnostic> _diagnostics;
    private readonly BuilderPool<Expr> _exprLists = new();
    private readonly BuilderPool<Expr?> _optionalExprLists = new();
    private readonly BuilderPool<Keyword> _keywordLists = new();
    private readonly BuilderPool<CmpOp> _cmpOpLists = new();
    private readonly BuilderPool<Arg> _argLists = new();
    private int _p;
    private int _prevEnd;
    private int _depth;
    private int _bracketDepth;
    private int _blockDepth;

    /// <summary>Set while trying one alternative that may be abandoned (match statement,
    /// parenthesized with items); errors then only abort.</summary>
    private bool _speculating;

    public Parser(string source, ArraySegment<Token> tokens, List<SyntaxDiagnostic> diagnostics)
    {
        if (tokens.Offset != 0 || tokens.Count == 0) throw new ArgumentException("tokens must start the lexer's buffer and end with EndOfFile", nameof(tokens));
        _src = source;
        _tokens = tokens.Array!;
        _tokenCount = tokens.Count;
        _diagnostics = diagnostics;
    }

    /// <summary>file: [statements] ENDMARKER</summary>
    public Module ParseModule()
    {
        var body = new List<Stmt>();
        ParseStatements(body, atModuleLevel: true);
        return new Module(new TextRange(0, _src.Length), body.ToImmutableArray(), []);
    }

    private Token Cur => _tokens[_p];

    private TokenKind K => _tokens[_p].Kind;

    private TokenKind Peek(int n = 1) => _tokens[Math.Min(_p + n, _tokenCount - 1)].Kind;

    private int Start => _tokens[_p].Start;

    private TextRange R(int start) => new(start, Math.Max(start, _prevEnd));

    private void Advance()
    {
        var token = _tokens[_p];
        if (token.Kind == TokenKind.EndOfFile)
        {
            return;
        }
        if (token.Kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent))
        {
            _prevEnd = token.End;
        }
        _p++;
    }

    private bool Eat(TokenKind kind)
    {
        if (K != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (K != kind)
        {
            throw Fail(ExpectedMessage(kind));
        }
        var token = Cur;
        Advance();
        return token;
    }

    private string ExpectedMessage(TokenKind kind) => kind switch
    {
        TokenKind.Colon => "expected ':'",
        TokenKind.RParen => K == TokenKind.EndOfFile ? "'(' was never closed" : "expected ')'",
        TokenKind.RBracket => "expected ']'",
        TokenKind.RBrace => "expected '}'",
        TokenKind.Name => "expected a name",
        TokenKind.In => "expected 'in'",
        TokenKind.Newline => "invalid syntax",
        TokenKind.Indent => "expected an indented block",
        _ => $"expected {kind}",
    };

    private bool IsSoftKeyword(string word) => K == TokenKind.Name && Cur.Length == word.Length && _src.AsSpan(Cur.Start, Cur.Length).SequenceEqual(word);

    /// <summary>Records an error at the current token and returns the exception that abandons
    /// the statement.</summary>
    private ParseAbort Fail(string message) => FailAt(message, Cur.Start, Math.Max(Cur.End, Cur.Start));

    private ParseAbort FailAt(string message, int start, int end)
    {
        if (!_speculating)
        {
            _diagnostics.Add(new SyntaxDiagnostic(message, new TextRange(start, end)));
        }
        return new ParseAbort();
    }

    private ParseAbort FailOn(Node node, string message) => FailAt(message, node.Range.Start, node.Range.End);

    /// <summary>Reports an error without abandoning the statement (the tree stays usable).</summary>
    private void Report(string message, int start, int end)
    {
        if (!_speculating)
        {
            _diagnostics.Add(new SyntaxDiagnostic(message, new TextRange(start, end)));
        }
    }

    /// <summary>Guards every recursive rule: hostile nesting becomes a diagnostic, never a
    /// stack overflow.</summary>
    private void Enter()
    {
        // Shallow nesting cannot exhaust the stack; the check is for the deep tail.
        if (++_depth > MaxDepth || (_depth > 64 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            _depth--;
            throw Fail("too many nested expressions");
        }
    }

    private void Leave() => _depth--;

    private void EnterBracket()
    {
        if (++_bracketDepth > MaxBracketDepth)
        {
            _bracketDepth--;
            throw Fail("too many nested parentheses");
        }
        Enter();
    }

    private void LeaveBracket()
    {
        Leave();
        _bracketDepth--;
    }

    private void EnterBlock()
    {
        if (++_blockDepth > MaxBlockDepth)
        {
            _blockDepth--;
            throw Fail("too many levels of indentation");
        }
        Enter();
    }

    private void LeaveBlock()
    {
        Leave();
        _blockDepth--;
    }

    /// <summary>The nesting counters, to restore after an abandoned statement or alternative
    /// (the rules in between did not get to leave).</summary>
    private (int Depth, int Brackets, int Blocks) SaveDepths() => (_depth, _bracketDepth, _blockDepth);

    private void RestoreDepths((int Depth, int Brackets, int Blocks) saved) => (_depth, _bracketDepth, _blockDepth) = saved;

    /// <summary>One more link of a left-nested chain: a level of the tree, released by
    /// <see cref="EndChain"/>.</summary>
    private void Chain(ref int length)
    {
        Enter();
        length++;
    }

    private void EndChain(int length) => _depth -= length;

    /// <summary>Skips the rest of a logical line after an error.</summary>
    private void Resynchronize()
    {
        while (K is not (TokenKind.Newline or TokenKind.EndOfFile))
        {
            Advance();
        }
        Eat(TokenKind.Newline);
    }

    private string NameText(Token token)
    {
        var text = _src.AsSpan(token.Start, token.Length);
        return System.Text.Ascii.IsValid(text) ? InternName(text) : Identifiers.Normalize(text.ToString());
    }

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names =
        new Dictionary<string, string>().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One string per distinct name in a file.</summary>
    private string InternName(ReadOnlySpan<char> text)
    {
        if (!_names.TryGetValue(text, out var name))
        {
            name = text.ToString();
            _names[text] = name;
        }
        return name;
    }

    private ConstantValue ParseNumber(Token token) => NumberLiteral.Parse(_src.AsSpan(token.Start, token.Length));

    /// <summary>NAME, as a string.</summary>
    private string ParseIdentifier()
    {
        if (K != TokenKind.Name)
        {
            throw Fail(Keywords.IsKeyword(K) ? "invalid syntax" : "expected a name");
        }
        var token = Cur;
        Advance();
        return NameText(token);
    }
}

/// <summary>Abandons the statement being parsed; the diagnostic is already recorded.</summary>
internal sealed class ParseAbort : Exception;
