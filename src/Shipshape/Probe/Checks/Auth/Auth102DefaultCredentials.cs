using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Http;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Auth;

/// <summary>AUTH102: well-known default credentials are refused (opt-in).</summary>
public sealed class Auth102DefaultCredentials : IProbeCheck
{
    /// <summary>The pairs tried, most common first; short on purpose: this is a check, not a brute force.</summary>
    public static readonly (string User, string Password)[] DefaultCredentials =
    [
        ("admin", "admin"), ("admin", "password"), ("admin", "admin123"), ("admin", "changeme"),
        ("root", "root"), ("test", "test"), ("user", "user"), ("demo", "demo"),
    ];

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth102,
        Name: "default-credentials-accepted",
        Category: Categories.Auth,
        Severity: Severity.Critical,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Dynamic,
        Summary: "Only with `--active --try-default-credentials`: logs in once with a random account to see what a "
            + $"refusal looks like, then tries {DefaultCredentials.Length} well-known pairs (admin/admin, admin/password, …), each "
            + "with a fresh form, cookie and CSRF token; fails when one is answered differently from the refusal "
            + "(another status, or a redirect elsewhere).",
        Why: "Seeded admin accounts with textbook passwords are the first thing attackers try; one that survives "
            + "into production is a complete takeover.",
        Fix: "Create the first administrator from an environment variable or an interactive command "
            + "(`flask create-admin`, `manage.py createsuperuser`), never with a literal password, and force a "
            + "change on first login.",
        Examples:
        [
            new RuleExample("login", "http",
                Failing: "POST /login\n\nusername=admin&password=admin\n\nHTTP/1.1 302 Found\nLocation: /dashboard",
                Passing: "POST /login\n\nusername=admin&password=admin\n\nHTTP/1.1 401 Unauthorized"),
        ],
        References:
        [
            RuleReference.Asvs("2.5.4", "Shared or default accounts are not present"),
            RuleReference.Cwe(1392, "Use of Default Credentials"),
        ])
    {
        Requirement = "Well-known default credentials are refused",
    };

    public ProbePhase Phase => ProbePhase.Active;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        if (!session.Options.TryDefaultCredentials)
            return CheckOutcome.Manual("not run: trying default passwords needs --try-default-credentials");
        if (await session.LoginAsync() is not { } login)
            return CheckOutcome.NotApplicable("no login endpoint found");

        var refusal = await TryAsync(session, login, "shipshape-probe-nobody", "shipshape-probe-wrong-password", cancellation);
        if (refusal?.Response is not { } refused) return CheckOutcome.Manual("the login could not be tried");
        if (refused.Status == 429) return CheckOutcome.Manual("the login answered 429 before any default password was tried");

        var tried = 0;
        foreach (var (user, password) in DefaultCredentials)
        {
            var exchange = await TryAsync(session, login, user, password, cancellation);
            if (exchange?.Response is not { } response) return CheckOutcome.Manual($"the login stopped answering after {tried} tries");
            if (response.Status == 429)
                return CheckOutcome.Manual($"rate-limited (429) after {tried} of {DefaultCredentials.Length} pairs; none of those was accepted");
            tried++;
            if (SameOutcome(refused, response)) continue;

            probe.Report($"the login accepted the default credentials {user}/{password} (answered {Describe(response)}; a wrong password gets {Describe(refused)})",
                $"POST {exchange.Request.Url.PathAndQuery} {user}/{password} → {Describe(response)}",
                ExchangeEvidence.Of(exchange, responseHeaders: ["Location"]), ExchangeEvidence.Of(refusal!, responseHeaders: ["Location"]));
            return CheckOutcome.Fail();
        }
        return CheckOutcome.Pass($"{tried} default pairs refused like a wrong password ({Describe(refused)})");
    }

    private static async Task<ProbeExchange?> TryAsync(ProbeSession session, LoginEndpoint login, string user, string password, CancellationToken cancellation)
    {
        var attempt = await login.PrepareAsync(session, cancellation);
        return attempt is null ? null : await attempt.PostAsync(session, user, password, withoutToken: false, cancellation);
    }

    private static bool SameOutcome(ProbeResponse refused, ProbeResponse response) =>
        refused.Status == response.Status && refused.Headers.Combined("Location") == response.Headers.Combined("Location");

    private static string Describe(ProbeResponse response) =>
        response.Headers.Combined("Location") is { } location ? $"{response.Status} → {location}" : response.Status.ToString();
}
