using Shipshape.Model;

namespace Shipshape.Probe.Audit;

/// <summary>
/// Marks, in a merged report, the probe's results that reached a path the static scan supplied:
/// each such finding gets a note naming the route's declaration, each such check's reason says so.
/// </summary>
public static class StaticRouteNotes
{
    public static IReadOnlyList<Finding> Annotate(IEnumerable<Finding> findings, ProbeHints hints) =>
        findings.Select(f => HintedPaths(Text(f), hints) is { Count: > 0 } paths
            ? f with { Evidence = [.. f.Evidence, .. paths.Select(p => new NoteEvidence(Note(p, hints)))] }
            : f).ToList();

    public static IReadOnlyList<CheckResult> Annotate(IEnumerable<CheckResult> checks, ProbeHints hints) =>
        checks.Select(c => HintedPaths(c.Reason ?? "", hints) is { Count: > 0 } paths
            ? c with { Reason = c.Reason + " (" + string.Join("; ", paths.Select(p => Note(p, hints))) + ")" }
            : c).ToList();

    private static string Note(string path, ProbeHints hints) => $"{path} from the static scan: {hints.Sources[path]}";

    private static string Text(Finding finding) =>
        string.Join("\n", new[] { finding.Message, finding.Snippet }.Concat(finding.Evidence.Select(e => e.ToString() ?? "")));

    // A path counts when it appears whole: followed by neither another path character nor more segments.
    private static List<string> HintedPaths(string text, ProbeHints hints) =>
        hints.Sources.Keys.Where(path => Mentions(text, path)).ToList();

    private static bool Mentions(string text, string path)
    {
        for (var at = text.IndexOf(path, StringComparison.Ordinal); at >= 0; at = text.IndexOf(path, at + 1, StringComparison.Ordinal))
        {
            var end = at + path.Length;
            if (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '/' or '-' or '_' or '.')) return true;
        }
        return false;
    }
}
