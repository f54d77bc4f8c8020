using System.Text.RegularExpressions;
using Shipshape.Model;
using Shipshape.Text;

namespace Shipshape.Suppressions;

/// <summary>
/// Finds suppression comments in a file's lines: <c># shipshape: ignore[ID] reason</c> (also inside
/// <c>{# #}</c> or <c>&lt;!-- --&gt;</c> in templates). A comment without a reason suppresses nothing
/// and becomes a warning, so every silenced finding has a recorded why.
/// </summary>
public static partial class SuppressionReader
{
    [GeneratedRegex(@"shipshape:\s*ignore\[(?<ids>[^\]]*)\](?<reason>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>Reads suppressions from every line of a file (comments found by their '#' or '&lt;!--').</summary>
    public static (IReadOnlyList<SuppressionComment> Comments, IReadOnlyList<ScanDiagnostic> Warnings) Read(
        string path, string text, TextLines lines)
    {
        if (!text.Contains("shipshape:", StringComparison.Ordinal)) return ([], []);
        var candidates = new List<(int Line, string Comment)>();
        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines.Line(n);
            var hash = line.IndexOf('#');
            var start = hash >= 0 ? hash : line.IndexOf("<!--", StringComparison.Ordinal);
            if (start >= 0) candidates.Add((n, line[start..]));
        }
        return ReadComments(path, candidates);
    }

    /// <summary>Reads suppressions from comments a front end found (for Python: the tokenizer's, so strings never match).</summary>
    public static (IReadOnlyList<SuppressionComment> Comments, IReadOnlyList<ScanDiagnostic> Warnings) ReadComments(
        string path, IEnumerable<(int Line, string Comment)> comments)
    {
        var found = new List<SuppressionComment>();
        var warnings = new List<ScanDiagnostic>();
        foreach (var (n, comment) in comments)
        {
            var match = Marker().Match(comment);
            if (!match.Success) continue;

            var ids = match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.ToUpperInvariant()).ToList();
            var reason = match.Groups["reason"].Value.Trim().TrimEnd('}', '#', '>', '-').Trim().TrimStart(':', '-', '—').Trim();
            if (ids.Count == 0)
                warnings.Add(new(DiagnosticKind.Warning, path, n, null, "suppression comment names no rule id; it suppresses nothing"));
            else if (reason.Length == 0)
                warnings.Add(new(DiagnosticKind.Warning, path, n, string.Join(",", ids),
                    $"suppression of {string.Join(", ", ids)} has no reason; it suppresses nothing (write `# shipshape: ignore[ID] why`)"));
            else
                found.Add(new(n, ids, reason));
        }
        return (found, warnings);
    }
}
