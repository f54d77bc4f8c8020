using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Claims;

/// <summary>
/// Runs the code checks on the Python a report suggests as fixes. Each block is written, as it is,
/// to a file of its own in a fresh temporary folder (never the project) and scanned once with the
/// checks that judge a construct where it is written; checks about the whole project ("no rate
/// limiting anywhere") say nothing about a fragment and are left out. A flagged block contradicts
/// the claim that it is a fix, with the report line of the flagged code; when the scanned project
/// has the same problem, that is said too (vault followed seed 004's SECRET_KEY line).
/// </summary>
public static class SuggestedFixChecker
{
    /// <summary>Checks that report a construct at the line that writes it.</summary>
    private static readonly HashSet<string> CodeChecks = new(StringComparer.Ordinal)
    {
        "SEC001", "SEC002", "SEC003", "SEC005", "DBG001", "DBG004", "CORS001", "CSRF002", "AUTH003",
        "HDR002", "HDR004", "INP002", "INP003", "INP004", "ERR001", "ERR002", "ERR003", "OBS001", "OBS006", "DATA006", "DATA007",
    };

    /// <summary>The answer to each suggested fix, by its report line.</summary>
    public static IReadOnlyDictionary<int, ClaimResult> Check(IReadOnlyList<ExtractedClaim> fixes, Report project)
    {
        if (fixes.Count == 0) return new Dictionary<int, ClaimResult>();
        var folder = Path.Combine(Path.GetTempPath(), $"shipshape-suggested-fixes-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var files = fixes.ToDictionary(f => $"report_line_{f.Line}.py", StringComparer.Ordinal);
            foreach (var (name, fix) in files) File.WriteAllText(Path.Combine(folder, name), fix.Code!.Code);
            var scan = Scanner.Scan(new ScanRequest(folder, folder, ShipshapeSettings.Default, RuleRegistry.Default, OnlyRules: CodeChecks)).Report;
            return files.ToDictionary(f => f.Value.Line, f => Answer(f.Value, f.Key, scan, project));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ClaimResult Answer(ExtractedClaim fix, string file, Report scan, Report project)
    {
        var flagged = scan.Findings.Where(f => f.IsCounted && f.Location?.Path == file).ToList();
        if (flagged.Count > 0)
        {
            var evidence = flagged.Select(f =>
                $"{f.RuleId} flags the suggested code at report line {fix.Line + f.Location!.StartLine}: `{f.Snippet.Split('\n')[0].Trim()}` ({f.Message})").ToList();
            var rules = flagged.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var rule in rules)
            {
                var same = project.Findings.Where(f => f.IsCounted && f.RuleId == rule && f.Location is not null).Select(f => $"{f.Location!.Path}:{f.Location.StartLine}").Take(3).ToList();
                if (same.Count > 0) evidence.Add($"the project has the same {rule} finding at {string.Join(", ", same)}");
            }
            return new(fix.Text, fix.Line, ClaimVerdict.Contradicted, rules, evidence);
        }
        var unparsed = scan.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticKind.ParseError && d.Path == file);
        var reason = unparsed is not null
            ? $"the code does not parse on its own ({unparsed.Message}), so no check could read it"
            : $"none of the {CodeChecks.Count} code checks flags it; a fragment cannot show that the fix is complete";
        return new(fix.Text, fix.Line, ClaimVerdict.Unverifiable, [], [reason]);
    }
}
