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

    public static (IReadOnlyList<SuppressionComment> Comments, IReadOnlyList<ScanDiagnostic> Warnings) Read(
        string path, string text, TextLines lines)
    {
        var comments = new List<SuppressionComment>();
        var warnings = new List<ScanDiagnostic>();
        if (!text.Contains("shipshape:", StringComparison.Ordinal)) return (comments, warnings);

        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines.Line(n);
            var hash = line.IndexOf('#');
            var start = hash >= 0 ? hash : line.IndexOf("<!--", StringComparison.Ordinal);
            if (start < 0) continue;
            var match = Marker().Match(line, start);
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
                comments.Add(new(n, ids, reason));
        }
        return (comments, warnings);
    }
}
