using System.Diagnostics;
using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Abuse;

/// <summary>RATE101: a burst of failed logins meets 429.</summary>
public sealed class Rate101LoginRateLimited : IProbeCheck
{
    /// <summary>The most login POSTs the check sends: enough to meet any sane limit, few enough to be polite.</summary>
    public const int MaxAttempts = 30;

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Rate101,
        Name: "login-not-rate-limited",
        Category: Categories.Abuse,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "With `--active`: finds the login endpoint (`--login-path`, the static scan's routes, common "
            + "paths), fetches its form with its cookies and hidden CSRF token, and sends at most "
            + $"{MaxAttempts} failed logins in a row carrying them, so a CSRF-protected login is still tested; passes "
            + "when one is answered 429 and reports after how many attempts.",
        Why: "A login that never slows down lets anyone try passwords as fast as the server answers: leaked "
            + "password lists (credential stuffing) and guessing succeed in minutes.",
        Fix: "Limit login attempts per client and per account: Flask-Limiter `@limiter.limit(\"5 per minute\")` on the "
            + "login view (with shared storage such as Redis when several workers run), slowapi for FastAPI, "
            + "django-axes or django-ratelimit for Django; answer 429 with Retry-After.",
        Examples:
        [
            new RuleExample("burst of failed logins", "http",
                Failing: "POST /login (×30, wrong password) → 200, 200, …, 200",
                Passing: "POST /login (wrong password) → 401, 401, 401, 401, 401, 429 Too Many Requests"),
        ],
        References:
        [
            RuleReference.Asvs("2.2.1", "Anti-automation controls are effective at mitigating breached credential testing, brute force, and account lockout attacks"),
            RuleReference.Cwe(307, "Improper Restriction of Excessive Authentication Attempts"),
        ])
    {
        Requirement = "Repeated failed logins are answered 429",
    };

    public ProbePhase Phase => ProbePhase.Exhausting;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        if (await session.LoginAsync() is not { } login)
            return CheckOutcome.NotApplicable($"no login endpoint found (tried --login-path, the static scan's routes and {string.Join(", ", LoginEndpoint.CommonPaths)})");
        if (session.Client.RequestsLeft < MaxAttempts + 2)
            return CheckOutcome.Manual($"the request budget has {session.Client.RequestsLeft} requests left; the burst needs {MaxAttempts + 2} (raise --max-requests)");

        var attempt = await login.PrepareAsync(session, cancellation);
        if (attempt is null) return CheckOutcome.Manual($"the login form at {login.PageUrl.PathAndQuery} could not be fetched again");
        var earlier = session.LoginPosts;
        var watch = Stopwatch.StartNew();
        var statuses = new List<int>();
        for (var i = 1; i <= MaxAttempts; i++)
        {
            var exchange = await attempt.PostAsync(session, "shipshape-probe", $"wrong-password-{i}", withoutToken: false, cancellation);
            if (exchange.Response is not { } response) return CheckOutcome.Manual($"login attempt {i} got no answer: {exchange.Error}");
            statuses.Add(response.Status);
            if (response.Status == 429)
            {
                var before = earlier + i - 1;
                var limit = earlier > 0
                    ? $"429 after {i - 1} failed logins of this burst ({before} login POSTs in this probe)"
                    : $"429 after {i - 1} failed logins";
                return CheckOutcome.Pass($"{limit}; Retry-After: {response.Headers.Combined("Retry-After") ?? "(not sent)"}");
            }
            // A rejected token (expired, single-use) is fetched anew once, so the burst measures the limit, not CSRF.
            if (response.Status is 400 or 403 && attempt.Form?.CsrfToken is not null && i == 1)
                attempt = await login.PrepareAsync(session, cancellation) ?? attempt;
        }

        var last = session.Client.Exchanges.Last(e => e.Request.Method == HttpMethod.Post && e.Request.Url == (attempt.Form?.Action ?? login.PageUrl));
        probe.Report($"{MaxAttempts} failed logins in {watch.Elapsed.TotalSeconds:0.0} s, none answered 429 (statuses: {Summarise(statuses)})",
            $"POST {last.Request.Url.PathAndQuery} ×{MaxAttempts} → no 429",
            ExchangeEvidence.Of(last, ["Cookie"], ["Retry-After", "X-RateLimit-Limit", "RateLimit-Limit"], withBody: true));
        return CheckOutcome.Fail();
    }

    private static string Summarise(IEnumerable<int> statuses) =>
        string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key} ×{g.Count()}"));
}
