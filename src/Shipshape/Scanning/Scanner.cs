using Shipshape.Baselines;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Suppressions;

namespace Shipshape.Scanning;

/// <summary>
/// The static audit: discover files, run collectors and file rules on every file in parallel, merge
/// facts in path order, run project rules, apply inline suppressions and the baseline, score, and
/// assemble a deterministic <see cref="Report"/>. Never writes to the scanned project.
/// </summary>
public static class Scanner
{
    public static ScanResult Scan(ScanRequest request)
    {
        if (!Directory.Exists(request.Root)) throw new InputException($"no such directory: {request.DisplayPath}");
        var settings = request.Settings;
        // Only static rules run here; dynamic checks (RuleKind.Dynamic) belong to the probe.
        var enabled = request.Registry.Rules
            .Where(r => r is IFileRule or IProjectRule)
            .Where(r => settings.IsEnabled(r.Metadata.Id) && (request.OnlyRules is null || request.OnlyRules.Contains(r.Metadata.Id)))
            .ToList();
        var fileRules = enabled.OfType<IFileRule>().ToList();
        var projectRules = enabled.OfType<IProjectRule>().ToList();

        var discovery = new ProjectWalker(new DiscoveryOptions(settings.Excludes, settings.Thresholds.MaxFileSize)).Walk(request.Root);
        var outcomes = ProcessFiles(discovery.Files, new FileProcessor(request.Registry.Collectors, fileRules, settings), request.Progress);

        var read = outcomes.Where(o => o.Skipped is null).Select(o => o.File).ToList();
        var facts = DjangoRouteJoin.Apply(ProjectFacts.Merge(outcomes.Select(o => o.Facts)));
        var frameworks = FrameworkDetector.Detect(facts);
        var diagnostics = outcomes.SelectMany(o => o.Diagnostics).ToList();
        var findings = outcomes.SelectMany(o => o.Findings).ToList();

        var project = new ProjectState(read, facts, frameworks, settings.Thresholds, EntryPointLocator.Find(read, facts),
            settings.FindingSeverity, new SnippetCache(request.Root, settings.Thresholds.MaxFileSize).Read);
        var projectOutcomes = projectRules.Select(rule => RunProjectRule(rule, project, diagnostics)).ToList();
        findings.AddRange(projectOutcomes.SelectMany(p => p.Findings));

        var suppressions = outcomes.Where(o => o.Suppressions.Count > 0).ToDictionary(o => o.File.Path, o => o.Suppressions);
        diagnostics.AddRange(UnknownSuppressedIds(suppressions, request.Registry));
        var final = InlineSuppressor.Apply(ReportAssembler.Sort(findings), suppressions);
        if (request.Baseline is { } baseline)
            final = BaselineMatcher.Apply(final, baseline.Baseline, $"known in baseline {baseline.Name}");

        var checks = fileRules
            .Select(rule => CheckResolver.ForFileRule(rule, settings.SeverityOf(rule.Metadata), Of(final, rule.Metadata.Id), read,
                diagnostics.Count(d => d.Kind == DiagnosticKind.InternalError && d.RuleId == rule.Metadata.Id)))
            .Concat(projectOutcomes.Select(p => CheckResolver.ForProjectRule(p.Rule, settings.SeverityOf(p.Rule), p.Outcome, Of(final, p.Rule.Id))))
            .GroupBy(c => c.RuleId, StringComparer.Ordinal)
            .Select(parts => parts.Aggregate(CheckResolver.Combine))
            .ToList();

        var report = ReportAssembler.Assemble(new ReportParts(
            new ScanTarget(request.DisplayPath, null),
            frameworks.Select(f => f.Id()).ToList(),
            final,
            checks,
            [.. discovery.Skipped, .. outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!)],
            diagnostics,
            enabled.Select(r => r.Metadata).ToList()));
        return new(report, facts);
    }

    private static FileOutcome[] ProcessFiles(IReadOnlyList<DiscoveredFile> files, FileProcessor processor, IProgress<ScanProgress>? progress)
    {
        var outcomes = new FileOutcome[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, i =>
        {
            outcomes[i] = processor.Process(files[i]);
            progress?.Report(new(Interlocked.Increment(ref done), files.Count));
        });
        return outcomes;
    }

    private static ProjectRuleOutcome RunProjectRule(IProjectRule rule, ProjectState project, List<ScanDiagnostic> diagnostics)
    {
        var context = new ProjectContext(project, rule.Metadata);
        CheckOutcome outcome;
        try
        {
            outcome = rule.Check(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(new(DiagnosticKind.InternalError, null, null, rule.Metadata.Id,
                $"{rule.Metadata.Id} failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}"));
            return new(rule.Metadata, CheckOutcome.Manual("the check failed with an internal error (see diagnostics)"), []);
        }
        // A failed check must show at least one finding, or the report would fail it without saying where.
        if (outcome.Status == CheckStatus.Fail && context.Findings.Count == 0)
            context.Report(project.EntryPoint, outcome.Reason ?? rule.Metadata.Summary);
        return new(rule.Metadata, outcome, context.Findings);
    }

    /// <summary>A suppression naming no known rule is probably a typo that leaves the real finding counted.</summary>
    private static IEnumerable<ScanDiagnostic> UnknownSuppressedIds(
        Dictionary<string, IReadOnlyList<SuppressionComment>> suppressions, RuleRegistry registry) =>
        from pair in suppressions
        from comment in pair.Value
        from id in comment.RuleIds
        where registry.Find(id) is null
        select new ScanDiagnostic(DiagnosticKind.Warning, pair.Key, comment.Line, id,
            $"suppression names unknown rule {id} (see `shipshape rules`)");

    private static IReadOnlyList<Finding> Of(IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId).ToList();

    private sealed record ProjectRuleOutcome(RuleMetadata Rule, CheckOutcome Outcome, IReadOnlyList<Finding> Findings);
}
