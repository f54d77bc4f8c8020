using System.Text;
using Shipshape.Bench.Differential;
using Shipshape.Python.Lexing;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Lexing;

/// <summary>
/// Our token stream against CPython's own <c>tokenize</c> module over standard-library files:
/// same kinds (names, numbers, strings, operators, NEWLINE, INDENT, DEDENT) at the same offsets.
/// Python 3.11's tokenize has no PEP 701 tokens, so an f-string's start, middle, field and end
/// tokens are compared as the one STRING token they span.
/// </summary>
public class LexerTokenizeTests
{
    private const string Dumper = """
        import sys, tokenize
        SKIP = {tokenize.NL, tokenize.COMMENT, tokenize.ENCODING, tokenize.ENDMARKER}
        for path in sys.stdin.read().split("\n"):
            if not path:
                continue
            try:
                with open(path, "rb") as f:
                    tokens = list(tokenize.tokenize(f.readline))
                text = tokenize.open(path).read()
            except Exception:
                continue
            # tokenize columns count code points; turn (row, col) into UTF-16 offsets.
            starts, offset = [], 0
            for line in text.splitlines(keepends=True) + [""]:
                starts.append(offset)
                offset += len(line.encode("utf-16-le")) // 2
            lines = text.splitlines(keepends=True) + [""]
            def at(row, col):
                if row - 1 >= len(lines):
                    return starts[-1]
                return starts[row - 1] + len(lines[row - 1][:col].encode("utf-16-le")) // 2
            out = []
            for t in tokens:
                if t.type in SKIP or t.type == tokenize.ERRORTOKEN:
                    continue
                out.append(f"{tokenize.tok_name[t.type]},{at(*t.start)},{at(*t.end)}")
            print(path + "\t" + ";".join(out))
        """;

    [Fact]
    public void Standard_library_tokens_match_cpythons_tokenize()
    {
        var files = PythonSourceFiles.Under(PythonProcess.StandardLibrary())
            .Where((_, i) => i % 4 == 0)
            .ToList();
        var output = PythonProcess.Run(Dumper, string.Join("\n", files) + "\n");
        var mismatches = new List<string>();
        int compared = 0;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (path, expected) = (line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);
            var parsed = PythonParser.ParseBytes(File.ReadAllBytes(path));
            if (parsed.HasErrors || !parsed.Source.EndsWith('\n'))
            {
                continue;
            }
            compared++;
            string ours = Describe(Lexer.Tokenize(parsed.Source).Tokens);
            if (ours != expected)
            {
                int at = 0;
                while (at < ours.Length && at < expected.Length && ours[at] == expected[at])
                {
                    at++;
                }
                mismatches.Add($"{path}: tokenize …{Excerpt(expected, at)} / ours …{Excerpt(ours, at)}");
            }
        }

        Assert.True(compared > 300, $"only {compared} files compared");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {compared} files differ:\n" + string.Join("\n", mismatches.Take(5)));
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(80, text.Length - Math.Max(0, at - 40)));

    /// <summary>Our tokens in the dumper's form, f-strings folded into one STRING.</summary>
    private static string Describe(IReadOnlyList<Token> tokens)
    {
        var builder = new StringBuilder();
        int fstringDepth = 0, fstringStart = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.FStringStart)
            {
                if (fstringDepth++ == 0)
                {
                    fstringStart = token.Start;
                }
                continue;
            }
            if (fstringDepth > 0)
            {
                if (token.Kind == TokenKind.FStringEnd && --fstringDepth == 0)
                {
                    Append(builder, "STRING", fstringStart, token.End);
                }
                continue;
            }
            string? kind = token.Kind switch
            {
                TokenKind.EndOfFile => null,
                TokenKind.Newline => "NEWLINE",
                TokenKind.Indent => "INDENT",
                TokenKind.Dedent => "DEDENT",
                TokenKind.Name => "NAME",
                TokenKind.Number => "NUMBER",
                TokenKind.String => "STRING",
                >= TokenKind.False => "NAME",
                _ => "OP",
            };
            if (kind is not null)
            {
                Append(builder, kind, token.Start, token.End);
            }
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string kind, int start, int end)
    {
        if (builder.Length > 0)
        {
            builder.Append(';');
        }
        builder.Append(kind).Append(',').Append(start).Append(',').Append(end);
    }
}
