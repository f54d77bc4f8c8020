using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;
using Shipshape.Python.Parsing;
using Shipshape.Python.Text;

namespace Shipshape.Python;

/// <summary>
/// Entry point of the front end: Python source in, <see cref="ParsedModule"/> out. Never throws
/// for any input: problems become diagnostics and the tree holds what could be recovered.
/// </summary>
public static class PythonParser
{
    /// <summary>Parses decoded source text.</summary>
    public static ParsedModule Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source, []);
    }

    /// <summary>Parses the bytes of a source file: a UTF-8 BOM or a PEP 263 coding declaration
    /// (utf-8, latin-1, cp1252 and their aliases) selects the encoding; UTF-8 otherwise.</summary>
    public static ParsedModule ParseBytes(ReadOnlySpan<byte> bytes)
    {
        var (source, error) = SourceDecoder.Decode(bytes);
        return Parse(source, error is null ? [] : [new SyntaxDiagnostic(error, new TextRange(0, 0))]);
    }

    private static ParsedModule Parse(string source, ImmutableArray<SyntaxDiagnostic> decodingErrors)
    {
        var diagnostics = new List<SyntaxDiagnostic>(decodingErrors);
        Module module;
        ImmutableArray<Comment> comments = [];
        try
        {
            var lexed = Lexer.Tokenize(source);
            foreach (var error in lexed.Errors)
            {
                diagnostics.Add(new SyntaxDiagnostic(error.Message, new TextRange(error.Start, error.End)));
            }
            var builder = ImmutableArray.CreateBuilder<Comment>(lexed.Comments.Count);
            foreach (var comment in lexed.Comments)
            {
                builder.Add(new Comment(new TextRange(comment.Start, comment.End), source[comment.Start..comment.End]));
            }
            comments = builder.MoveToImmutable();
            module = new Parser(source, lexed.Tokens, diagnostics).ParseModule();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not take the caller down: report it like a syntax error.
            diagnostics.Add(new SyntaxDiagnostic($"internal parser error: {e.GetType().Name}: {e.Message}", new TextRange(0, 0)));
            module = new Module(new TextRange(0, source.Length), [], []);
        }
        diagnostics.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return new ParsedModule(module, [.. diagnostics], comments, source);
    }
}
