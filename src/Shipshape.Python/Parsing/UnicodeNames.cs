using System.Globalization;
using System.IO.Compression;

namespace Shipshape.Python.Parsing;

/// <summary>
/// Resolves the names of <c>\N{...}</c> escapes to code points, as CPython's unicodedata.lookup
/// does (case-insensitively, aliases included). The table is generated from python3 by
/// scripts/gen_unicode_names.py and embedded; it is loaded on first use.
/// </summary>
internal static class UnicodeNames
{
    private static readonly Lazy<Table> Names = new(Load);

    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        Span<char> upper = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            upper[i] = char.ToUpperInvariant(name[i]);
        }
        var table = Names.Value;
        if (table.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out codePoint))
        {
            return true;
        }
        foreach (var (prefix, first, last) in table.Ranges)
        {
            if (upper.StartsWith(prefix) && upper.Length - prefix.Length is 4 or 5
                && int.TryParse(upper[prefix.Length..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                && codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }
        codePoint = 0;
        return false;
    }

    private sealed record Table(Dictionary<string, int> Exact, List<(string Prefix, int First, int Last)> Ranges);

    private static Table Load()
    {
        var exact = new Dictionary<string, int>(45000, StringComparer.Ordinal);
        var ranges = new List<(string, int, int)>();
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Shipshape.Python.UnicodeNames.txt.gz")
            ?? throw new InvalidOperationException("UnicodeNames.txt.gz is not embedded");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(';');
            if (line.StartsWith('@'))
            {
                ranges.Add((fields[0][1..], Hex(fields[1]), Hex(fields[2])));
            }
            else if (fields.Length == 2)
            {
                exact.TryAdd(fields[0], Hex(fields[1]));
            }
        }
        AddHangulSyllables(exact);
        return new Table(exact, ranges);
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>Hangul syllable names are composed from jamo short names (Unicode ch. 3.12).</summary>
    private static void AddHangulSyllables(Dictionary<string, int> exact)
    {
        string[] leads = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
        string[] vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
        string[] tails = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];
        int code = 0xAC00;
        foreach (var lead in leads)
        {
            foreach (var vowel in vowels)
            {
                foreach (var tail in tails)
                {
                    exact.TryAdd("HANGUL SYLLABLE " + lead + vowel + tail, code++);
                }
            }
        }
    }
}
