using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Errors;

/// <summary>ERR003: outbound HTTP calls that can wait forever.</summary>
public sealed class Err003OutboundCallWithoutTimeout : IFileRule
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "get", "post", "put", "patch", "delete", "head", "options", "request",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Err003,
        Name: "outbound-call-without-timeout",
        Category: Categories.Errors,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for outbound HTTP calls that wait without limit: `requests` functions and `requests.Session` "
            + "methods without `timeout=`, `urllib.request.urlopen` without a timeout, and `httpx` calls or clients "
            + "given `timeout=None` (httpx's own default is 5 seconds). Test files are not checked.",
        Why: "`requests` and `urlopen` wait for ever by default. When the remote service hangs, every worker that "
            + "calls it hangs too, and after a handful of requests the whole application stops answering.",
        Fix: "Pass an explicit timeout, e.g. `requests.get(url, timeout=(3.05, 10))`, and handle "
            + "`requests.Timeout` with a fallback or an error response.",
        Examples:
        [
            new RuleExample("requests", "python",
                Failing: "resp = requests.get(WEATHER_API, params=params)",
                Passing: "resp = requests.get(WEATHER_API, params=params, timeout=5)"),
        ],
        References:
        [
            RuleReference.Cwe(400, "Uncontrolled Resource Consumption"),
            RuleReference.Asvs("11.1.7", "The application monitors for unusual events or activity from a business logic perspective"),
            new RuleReference("requests: Timeouts", "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts"),
            new RuleReference("Ruff S113: request-without-timeout", "https://docs.astral.sh/ruff/rules/request-without-timeout/"),
        ])
    {
        Requirement = "Every outbound HTTP call has a timeout",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        // Tests provoke and discard failures on purpose; the audit is about application code.
        if (CodePaths.IsTest(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        foreach (var site in index.Calls)
        {
            var call = site.Call;
            if (call.HasUnpacking() || site.Callee is null) continue;
            var timeout = call.Keyword("timeout");
            var explicitNone = timeout is Constant { Value: ConstantValue.NoneValue };
            string? message = null;
            if (IsRequestsCall(site, index) && (timeout is null || explicitNone))
                message = $"`{site.Callee}` without a timeout waits for ever when the remote service hangs";
            else if (site.Callee is "urllib.request.urlopen" or "urllib2.urlopen" && (call.Argument(2, "timeout") is null || explicitNone))
                message = "`urlopen` without a timeout waits for ever when the remote service hangs";
            else if (site.Callee.StartsWith("httpx.", StringComparison.Ordinal) && explicitNone)
                message = $"`{site.Callee}` with timeout=None waits for ever when the remote service hangs";
            if (message is not null) file.Report(call.Func.Range.Start, call.Func.Range.End, message);
        }
    }

    /// <summary><c>requests.get(...)</c>, or a verb called on a local <c>requests.Session()</c>.</summary>
    private static bool IsRequestsCall(CallSite site, PythonIndex index)
    {
        var callee = site.Callee!;
        if (callee.StartsWith("requests.", StringComparison.Ordinal))
            return Verbs.Contains(callee["requests.".Length..]) || callee.StartsWith("requests.api.", StringComparison.Ordinal);
        if (site.Call.Func is not Shipshape.Python.Ast.Attribute { Value: Name receiver } method || !Verbs.Contains(method.Attr)) return false;
        return LocalAssignments.LastValue(index, site.Function, receiver.Id, site.Call.Range.Start) is Call creation
            && index.Semantics.CalleeName(creation) is "requests.Session" or "requests.session" or "requests.sessions.Session";
    }
}
