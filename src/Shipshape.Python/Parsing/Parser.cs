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
    /// <summary>Nesting beyond this is reported rather than recursed into (CPython's tokenizer
    /// stops at 200 nested brackets and 100 indentation levels).</summary>
    private const int MaxDepth = 300;

    private readonly string _src;
    private readonly Token[] _tokens;
    private readonly List<SyntaxDiagnostic> _diagnostics;
    private int _p;
    private int _prevEnd;
    private int _depth;

    /// <summary>Set while trying one alternative that may be abandoned (match statement,
    /// parenthesized with items); errors then only abort.</summary>
    private bool _speculating;

    public Parser(string source, Token[] tokens, List<SyntaxDiagnostic> diagnostics)
    {
        _src = source;
        _tokens = tokens;
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

    private TokenKind Peek(int n = 1) => _tokens[Math.Min(_p + n, _tokens.Length - 1)].Kind;

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
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw Fail("too many nested parentheses");
        }
    }

    private void Leave() => _depth--;

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
