using System.Diagnostics;
using System.Text;
using Shipshape.Bench.Differential;
using Shipshape.Python.Lexing;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Parsing;

/// <summary>
/// Seeded mutations of standard-library files (tokens dropped, duplicated and swapped; bytes
/// replaced, inserted and deleted): the parser must return a tree and diagnostics for every one,
/// without an exception, an internal error, or a hang.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20_261_122;
    private const int Files = 250;
    private const int MutationsPerFile = 80;

    /// <summary>Bytes that matter to the lexer, favoured by byte edits.</summary>
    private static readonly byte[] Syntax = "()[]{}:'\"\\\n\t #=.,f!*"u8.ToArray();

    [Fact]
    public void Mutated_standard_library_files_never_break_the_parser()
    {
        var random = new Random(Seed);
        // Files up to 30 KB keep the 20,000 parses quick; the size says nothing about robustness.
        var all = PythonSourceFiles.Under(PythonProcess.StandardLibrary()).Where(p => new FileInfo(p).Length <= 30_000).ToList();
        var failures = new List<string>();
        int parses = 0;
        var slowest = TimeSpan.Zero;
        foreach (var path in Enumerable.Range(0, Files).Select(_ => all[random.Next(all.Count)]))
        {
            string source = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            var tokens = Lexer.Tokenize(source).Tokens;
            for (int i = 0; i < MutationsPerFile; i++)
            {
                byte[] mutated = Mutate(random, source, tokens);
                var clock = Stopwatch.StartNew();
                var parsed = PythonParser.ParseBytes(mutated);
                clock.Stop();
                parses++;
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                if (parsed.Diagnostics.FirstOrDefault(d => d.Message.StartsWith("internal parser error")) is { } internalError)
                {
                    failures.Add($"{path} mutation {i}: {internalError.Message}");
                }
                if (clock.Elapsed > TimeSpan.FromSeconds(2))
                {
                    failures.Add($"{path} mutation {i}: {clock.Elapsed.TotalSeconds:F1} s");
                }
            }
        }

        Assert.True(parses >= 20_000, $"only {parses} parses");
        Assert.True(failures.Count == 0, $"{failures.Count} failures (slowest parse {slowest.TotalMilliseconds:F0} ms):\n" + string.Join("\n", failures.Take(10)));
    }

    /// <summary>One to three random edits of the file.</summary>
    private static byte[] Mutate(Random random, string source, IReadOnlyList<Token> tokens)
    {
        var text = new StringBuilder(source);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && tokens.Count > 2; e++)
        {
            var (start, end) = TokenSpan(random, tokens, text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(start, end - start);
                    break;
                case 1:
                    text.Insert(start, text.ToString(start, end - start));
                    break;
                default:
                    var (otherStart, otherEnd) = TokenSpan(random, tokens, text.Length);
                    if (otherStart >= end)
                    {
                        string first = text.ToString(start, end - start), second = text.ToString(otherStart, otherEnd - otherStart);
                        text.Remove(otherStart, otherEnd - otherStart).Insert(otherStart, first);
                        text.Remove(start, end - start).Insert(start, second);
                    }
                    break;
            }
        }
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text.ToString()));
        int byteEdits = random.Next(0, 3);
        for (int e = 0; e < byteEdits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            byte value = random.Next(4) == 0 ? (byte)random.Next(256) : Syntax[random.Next(Syntax.Length)];
            switch (random.Next(3))
            {
                case 0: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                default: bytes.RemoveAt(at); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>The text range of 1 to 8 consecutive tokens of the original, clamped to the text.</summary>
    private static (int Start, int End) TokenSpan(Random random, IReadOnlyList<Token> tokens, int length)
    {
        int first = random.Next(tokens.Count - 1);
        int last = Math.Min(tokens.Count - 1, first + random.Next(8));
        int start = Math.Min(tokens[first].Start, length);
        int end = Math.Clamp(tokens[last].End, start, length);
        return (start, end);
    }
}
