using System.Diagnostics;
using Shipshape.Model;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;
using Shipshape.Rules;
using Shipshape.Scoring;

namespace Shipshape.Probe;

/// <summary>
/// The dynamic audit: makes sure the URL answers (else one-line <see cref="InputException"/>),
/// fetches and grades what the Observatory grades, then runs the checks phase by phase — passive
/// ones together, POST-based ones one at a time and only with --active — and collects their results.
/// </summary>
public static class ProbeRunner
{
    public static IReadOnlyList<IProbeCheck> AllChecks(RuleRegistry registry) =>
        registry.Rules.OfType<IProbeCheck>().ToList();

    /// <param name="severityOf">Effective severity of a rule (the config's override); the rule's own when null.</param>
    public static async Task<ProbeOutcome> RunAsync(ProbeOptions options, ProbeHints hints, IReadOnlyList<IProbeCheck> checks,
        CancellationToken cancellation = default, Func<RuleMetadata, Severity>? severityOf = null)
    {
        severityOf ??= rule => rule.Severity;
        var watch = Stopwatch.StartNew();
        using var client = new ProbeClient(new ProbeScope(options.Url, options.Active), options.MaxRequests,
            options.RequestTimeout, ProbeOptions.MaxConcurrentRequests);

        var reach = await client.SendAsync(ProbeRequest.Get(options.Url, new HttpHeader("Accept", ObservatoryRetriever.Accept)),
            cancellation: cancellation);
        if (!reach.Answered) throw new InputException($"cannot probe {options.Url}: {reach.Error}");

        var input = await new ObservatoryRetriever(client).RetrieveAsync(cancellation);
        var observatory = ObservatoryGrader.Grade(input, out var refusal);
        var session = new ProbeSession(options, hints, client, input, observatory, refusal, severityOf);

        var results = new List<CheckRun>();
        foreach (var phase in Enum.GetValues<ProbePhase>())
        {
            var due = checks.Where(c => c.Phase == phase).OrderBy(c => c.Metadata.Id, StringComparer.Ordinal).ToList();
            if (phase == ProbePhase.Passive)
                results.AddRange(await Task.WhenAll(due.Select(c => RunAsync(c, session, cancellation))));
            else
                foreach (var check in due) results.Add(await RunAsync(check, session, cancellation));
        }

        var checkResults = results.Select(r => new CheckResult(r.Rule.Id, r.Rule.Category.Id, CheckSeverity.Of(severityOf(r.Rule), r.Findings), r.Outcome.Status, r.Outcome.Reason))
            .OrderBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var findings = results.SelectMany(r => r.Findings)
            .OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Snippet, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal).ToList();
        var diagnostics = results.Where(r => r.Diagnostic is not null).Select(r => r.Diagnostic!).ToList();
        var summary = new ProbeSummary(options.Url.AbsoluteUri, client.RequestsSent, observatory?.ToModel());
        return new ProbeOutcome(checkResults, findings, diagnostics, summary, observatory,
            checks.Select(c => c.Metadata).OrderBy(m => m.Id, StringComparer.Ordinal).ToList(), watch.Elapsed);
    }

    private static async Task<CheckRun> RunAsync(IProbeCheck check, ProbeSession session, CancellationToken cancellation)
    {
        var rule = check.Metadata;
        if (check.Phase != ProbePhase.Passive && !session.Options.Active)
            return new CheckRun(rule, CheckOutcome.Manual("not run: it sends POST requests, which needs --active"), [], null);

        var context = new ProbeCheckContext(session, rule);
        try
        {
            var outcome = await check.CheckAsync(context, cancellation);
            // A failed check must show at least one finding, or the report would fail it without saying why.
            if (outcome.Status == CheckStatus.Fail && context.Findings.Count == 0)
                context.Report(outcome.Reason ?? rule.Summary, rule.Id);
            return new CheckRun(rule, outcome, context.Findings, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellation.IsCancellationRequested)
        {
            return new CheckRun(rule, CheckOutcome.Manual("the check failed with an internal error (see diagnostics)"), [],
                new ScanDiagnostic(DiagnosticKind.InternalError, null, null, rule.Id, $"{rule.Id} failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}"));
        }
    }

    private sealed record CheckRun(RuleMetadata Rule, CheckOutcome Outcome, IReadOnlyList<Finding> Findings, ScanDiagnostic? Diagnostic);
}
