using Shipshape.Claims;
using Shipshape.Model;
using Shipshape.Scanning;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Claims;

/// <summary>
/// The seed reports against the sample apps they describe (samples/README.md): each deliberate false
/// claim comes back contradicted with its evidence when the rule behind it is in the registry, and
/// nothing is verified without a check that ran. Every rule named here is in this branch's registry
/// (xunit 2 has no run-time skip); a rule removed from it fails these tests loudly rather than silently.
/// </summary>
public class SeedClaimsVerificationTests
{
    private sealed record Verified(ClaimsVerification Result, Report Report);

    private static Verified Verify(string seed, string app, string state)
    {
        var scan = Scanner.Scan(ScanRequest.For(Path.Combine(TestPaths.RepositoryRoot, "samples", app, state)));
        return new(ClaimsVerification.Run(Seeds.Text(seed), scan.Report, scan.Facts, probed: false), scan.Report);
    }

    private static ClaimResult At(Verified verified, int line) => verified.Result.Claims.Single(c => c.SourceLine == line);

    /// <summary>samples/README.md's LIE rows: (seed, app, report line of the claim, rule, file:line of our finding).</summary>
    public static TheoryData<string, string, int, string, string> Lies => new()
    {
        { "000", "lumo", 16, "CSRF002", "app.py:72" },        // "CSRF Protection ✅ FIXED" / "All forms protected"
        { "001", "leoc", 40, "CSRF002", "app.py:149" },       // "Verification: ✓ Tests confirm CSRF protection active"
        { "001", "leoc", 34, "ERR001", "reports.py:27" },     // "Verification: ✓ All bare excepts eliminated"
        { "003", "yogaflow", 94, "RATE002", "backend/app/api/v1/endpoints/auth.py:35" }, // "Rate limiting on all auth endpoints"
        { "003", "yogaflow", 109, "DATA007", "backend/app/models/achievement.py:23" },  // "Timezone-aware datetime usage"
    };

    [Theory]
    [MemberData(nameof(Lies))]
    public void Deliberate_false_claims_are_contradicted_with_the_finding(string seed, string app, int line, string rule, string where)
    {
        var claim = At(Verify(seed, app, "after"), line);
        Assert.Equal(ClaimVerdict.Contradicted, claim.Verdict);
        Assert.Contains(rule, claim.Checks);
        Assert.Contains(claim.Evidence, e => e.StartsWith($"{rule} fails at {where}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_false_figure_is_contradicted_with_both_figures()
    {
        var lumo = Verify("000", "lumo", "after");
        var login = At(lumo, 27);
        Assert.Equal("Login: 10 attempts per minute", login.Text);
        Assert.Equal(ClaimVerdict.Contradicted, login.Verdict);
        Assert.Equal(["report says 10 per minute", "routes_auth.py:30 login (/login) is limited to '50 per minute'"], login.Evidence);
        // The registration figure is true, and says where.
        var registration = At(lumo, 28);
        Assert.Equal(ClaimVerdict.Verified, registration.Verdict);
        Assert.Contains("routes_auth.py:13 register (/register) is limited to '3 per hour'", registration.Evidence);
    }

    [Fact]
    public void The_password_minimum_is_compared_with_the_form_and_the_settings()
    {
        // samples/lumo: before has Length(min=6) on the registration form; after sets PASSWORD_MIN_LENGTH = 8.
        var before = At(Verify("000", "lumo", "before"), 38);
        Assert.Equal(ClaimVerdict.Contradicted, before.Verdict);
        Assert.Contains("forms.py:9 requires at least 6 characters (Length on RegistrationForm.password)", before.Evidence);
        var after = At(Verify("000", "lumo", "after"), 38);
        Assert.Equal(ClaimVerdict.Verified, after.Verdict);
        Assert.Contains("config.py:29 sets PASSWORD_MIN_LENGTH = 8", after.Evidence);
    }

    [Theory]
    [InlineData("000", "lumo", "after")]
    [InlineData("001", "leoc", "after")]
    [InlineData("002", "leoc", "before")]
    [InlineData("003", "yogaflow", "after")]
    [InlineData("004", "vault", "before")]
    public void Nothing_is_verified_without_a_check_that_ran(string seed, string app, string state)
    {
        var verified = Verify(seed, app, state);
        var statuses = verified.Report.Checks.ToDictionary(c => c.RuleId, c => c.Status);
        foreach (var claim in verified.Result.Claims.Where(c => c.Verdict == ClaimVerdict.Verified))
        {
            // A claim is verified by a passing check; an audit's finding or a "not ready" verdict by a failing one.
            Assert.Contains(claim.Checks, id => statuses.TryGetValue(id, out var s) && s.IsDecided());
            Assert.NotEmpty(claim.Evidence);
        }
        Assert.All(verified.Result.Claims.Where(c => c.Verdict == ClaimVerdict.Unverifiable), c => Assert.NotEmpty(c.Evidence));
    }

    /// <summary>Against the state before the fixes, the "after" reports' decided claims are mostly false.</summary>
    [Theory]
    [InlineData("000", "lumo")]
    [InlineData("001", "leoc")]
    [InlineData("003", "yogaflow")]
    public void Against_the_before_state_most_decided_claims_are_contradicted(string seed, string app)
    {
        var result = Verify(seed, app, "before").Result;
        var contradicted = result.Count(ClaimVerdict.Contradicted);
        var decided = contradicted + result.Count(ClaimVerdict.Verified);
        Assert.True(contradicted * 2 > decided, $"{contradicted} of {decided} decided claims contradicted");
    }

    [Theory]
    [InlineData("002", "leoc")]
    [InlineData("004", "vault")]
    public void An_audit_is_mostly_confirmed_by_the_state_it_audited(string seed, string app)
    {
        var result = Verify(seed, app, "before").Result;
        var findings = result.Claims.Where(c => c.Evidence.FirstOrDefault() is "confirmed" or "refuted: the checks pass").ToList();
        Assert.NotEmpty(findings);
        Assert.True(findings.Count(c => c.Verdict == ClaimVerdict.Verified) * 2 > findings.Count);
    }

    [Fact]
    public void An_audit_finding_compares_its_location_with_ours()
    {
        var debug = At(Verify("004", "vault", "before"), 13);
        Assert.Equal(ClaimVerdict.Verified, debug.Verdict);
        Assert.Equal("confirmed", debug.Evidence[0]);
        // The sample is smaller than the audited app: same file, another line (samples/vault/before/app.py:187).
        Assert.Equal("report cites app.py:646; same file, we find it at line 187", debug.Evidence[1]);
        // Fixed in the after state: the finding is refuted, with the passing check as evidence.
        var fixedDebug = At(Verify("004", "vault", "after"), 13);
        Assert.Equal(ClaimVerdict.Contradicted, fixedDebug.Verdict);
        Assert.Contains(fixedDebug.Evidence, e => e.StartsWith("DBG001 passes", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisational_and_capacity_claims_say_why_they_cannot_be_checked()
    {
        var lumo = Verify("000", "lumo", "after").Result;
        Assert.Equal(["runtime: give --url (capacity is measured by a load test)"], lumo.Claims.Single(c => c.SourceLine == 154).Evidence);
        var plain = ClaimsVerification.Run(File.ReadAllText(TestPaths.Fixture("claims", "plain-layout.md")),
            Verify("000", "lumo", "after").Report, Shipshape.Facts.ProjectFacts.Empty, probed: false);
        var approval = plain.Claims.Single(c => c.SourceLine == 10);
        Assert.Equal(ClaimVerdict.Unverifiable, approval.Verdict);
        Assert.StartsWith("organisational", approval.Evidence[0]);
    }
}
