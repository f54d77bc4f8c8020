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

    /// <summary>The five seeds by number ("000"); the vault remediation report by its fixture name.</summary>
    private const string VaultRemediation = "vault-remediation.md";

    private static Verified Verify(string report, string app, string state)
    {
        var scan = Scanner.Scan(ScanRequest.For(Path.Combine(TestPaths.RepositoryRoot, "samples", app, state)));
        var markdown = report.EndsWith(".md", StringComparison.Ordinal) ? File.ReadAllText(TestPaths.Fixture("claims", report)) : Seeds.Text(report);
        return new(ClaimsVerification.Run(markdown, scan.Report, scan.Facts, probed: false), scan.Report);
    }

    private static ClaimResult At(Verified verified, int line) => verified.Result.Claims.Single(c => c.SourceLine == line);

    /// <summary>
    /// samples/README.md's LIE rows: (report, app, report line of the claim, rule, file:line of our finding).
    /// Seed 004 is an audit whose checklist is unticked, so no claim of its own says vault's fixes were
    /// made; the remediation report (Fixtures/claims/vault-remediation.md, another layout) says so.
    /// </summary>
    public static TheoryData<string, string, int, string, string> Lies => new()
    {
        { "000", "lumo", 16, "CSRF002", "app.py:72" },        // "CSRF Protection ✅ FIXED" / "All forms protected"
        { "001", "leoc", 40, "CSRF002", "app.py:149" },       // "Verification: ✓ Tests confirm CSRF protection active"
        { "001", "leoc", 34, "ERR001", "reports.py:27" },     // "Verification: ✓ All bare excepts eliminated"
        { "003", "yogaflow", 94, "RATE002", "backend/app/api/v1/endpoints/auth.py:35" }, // "Rate limiting on all auth endpoints"
        { "003", "yogaflow", 109, "DATA007", "backend/app/models/achievement.py:23" },  // "Timezone-aware datetime usage"
        { VaultRemediation, "vault", 10, "SEC002", "config.py:10" },      // "SECRET_KEY now read from the environment (config.py)"
        { VaultRemediation, "vault", 11, "OBS001", "blockchain.py:51" },  // "Replaced all print() statements with logging"
        { VaultRemediation, "vault", 33, "OBS001", "blockchain.py:51" },  // "Print statements everywhere | logger module everywhere | resolved"
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
    [InlineData("004", "vault", "after")]
    [InlineData(VaultRemediation, "vault", "after")]
    public void Nothing_is_verified_without_a_check_that_ran(string seed, string app, string state)
    {
        var verified = Verify(seed, app, state);
        var statuses = verified.Report.Checks.ToDictionary(c => c.RuleId, c => c.Status);
        foreach (var claim in verified.Result.Claims.Where(c => c.Verdict == ClaimVerdict.Verified))
        {
            // A claim is verified by a check that ran and passed; an audit's finding or a "not ready" verdict by one that failed.
            Assert.NotEmpty(claim.Evidence);
            var confirmsAProblem = claim.Evidence[0] == "confirmed" || claim.Evidence[0].Contains("critical or high checks fail", StringComparison.Ordinal);
            var deciding = confirmsAProblem ? CheckStatus.Fail : CheckStatus.Pass;
            Assert.Contains(claim.Checks, id => statuses.TryGetValue(id, out var s) && s == deciding);
        }
        Assert.All(verified.Result.Claims.Where(c => c.Verdict == ClaimVerdict.Unverifiable), c => Assert.NotEmpty(c.Evidence));
    }

    /// <summary>Against the state before the fixes, the "after" reports' decided claims are mostly false.</summary>
    [Theory]
    [InlineData("000", "lumo")]
    [InlineData("001", "leoc")]
    [InlineData("003", "yogaflow")]
    [InlineData(VaultRemediation, "vault")]
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

    /// <summary>
    /// The twelve claims of 000 that no lexicon topic mapped when `verify` was first written, against
    /// lumo/after. Each now maps to checks (or sums up the claims of its section): none is left with
    /// "no check maps". The lines: the two security umbrellas (14, 315), "Database Security" and
    /// "Database Scalability" (81, 186: DATA001, DATA002), "Redis Integration" (157: RATE003, shared
    /// rate-limit storage), "Password Security" (181: AUTH002, AUTH003), "Legal Documents" (188: LEG001),
    /// "Analytics Ready", "Monetization Ready", "Ad platform requirements met" (209, 410, 443: LEG002,
    /// consent, which the report itself says is still missing), "Production config ready" (320: DEP004),
    /// "Bank-level security features" (437: a judgement, contradicted by a failing security check).
    /// </summary>
    [Theory]
    [InlineData(14, ClaimVerdict.Contradicted, "sums up the 20 claims of lines 15-105")]
    [InlineData(81, ClaimVerdict.Verified, "DATA001 passes")]
    [InlineData(157, ClaimVerdict.Unverifiable, "RATE003 ")]
    [InlineData(181, ClaimVerdict.Verified, "AUTH002 passes")]
    [InlineData(186, ClaimVerdict.Verified, "DATA001 passes")]
    [InlineData(188, ClaimVerdict.Verified, "LEG001 passes")]
    [InlineData(209, ClaimVerdict.Contradicted, "LEG002 fails at templates/base.html:8")]
    [InlineData(315, ClaimVerdict.Contradicted, "CSRF002 fails at app.py:72")]
    [InlineData(320, ClaimVerdict.Verified, "DEP004 passes")]
    [InlineData(410, ClaimVerdict.Contradicted, "LEG002 fails at templates/base.html:8")]
    [InlineData(437, ClaimVerdict.Contradicted, "CSRF002 fails at app.py:72")]
    [InlineData(443, ClaimVerdict.Contradicted, "LEG002 fails at templates/base.html:8")]
    public void Seed_000_claims_that_once_named_no_topic_are_decided(int line, ClaimVerdict verdict, string evidence)
    {
        var claim = At(Verify("000", "lumo", "after"), line);
        Assert.Equal(verdict, claim.Verdict);
        Assert.StartsWith(evidence, claim.Evidence[0], StringComparison.Ordinal);
    }

    /// <summary>Of 000's 85 claims against lumo/after, 3 stay unverifiable, each with its reason: two capacity claims and Redis (RATE003 did not apply).</summary>
    [Fact]
    public void Seed_000_leaves_no_claim_without_a_topic()
    {
        var claims = Verify("000", "lumo", "after").Result.Claims;
        Assert.DoesNotContain(claims, c => c.Evidence[0].StartsWith("no check maps", StringComparison.Ordinal));
        Assert.Equal([154, 157, 438], claims.Where(c => c.Verdict == ClaimVerdict.Unverifiable).Select(c => c.SourceLine));
    }

    [Fact]
    public void A_heading_that_sums_up_its_section_quotes_the_claims_that_are_false()
    {
        var heading = At(Verify("000", "lumo", "after"), 14);
        Assert.Equal("✅ Security Improvements Implemented", heading.Text);
        Assert.Equal(ClaimVerdict.Contradicted, heading.Verdict);
        Assert.StartsWith("line 16 is contradicted: 1. CSRF Protection ✅ FIXED (CSRF002 fails at app.py:72", heading.Evidence[1], StringComparison.Ordinal);
        Assert.Equal("line 27 is contradicted: Login: 10 attempts per minute (routes_auth.py:30 login (/login) is limited to '50 per minute')", heading.Evidence[2]);
        Assert.Contains("CSRF002", heading.Checks);
    }

    /// <summary>
    /// "Bank-level security features" is a judgement: a failing security check contradicts it, but with
    /// every security check passing (lumo/after's report keeping only its passing checks) it is still
    /// unverifiable, while "All security fixes implemented" is then verified.
    /// </summary>
    [Fact]
    public void A_judgement_is_never_verified()
    {
        var scan = Scanner.Scan(ScanRequest.For(Path.Combine(TestPaths.RepositoryRoot, "samples", "lumo", "after")));
        var passing = scan.Report with
        {
            Categories = scan.Report.Categories.Select(c => c with { Checks = c.Checks.Where(k => k.Status == CheckStatus.Pass).ToList() }).ToList(),
        };
        var claims = ClaimsVerification.Run(Seeds.Text("000"), passing, scan.Facts, probed: false).Claims;

        var bankLevel = claims.Single(c => c.SourceLine == 437);
        Assert.Equal(ClaimVerdict.Unverifiable, bankLevel.Verdict);
        Assert.StartsWith("a judgement no check can confirm: none of its ", bankLevel.Evidence[0], StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.Verified, claims.Single(c => c.SourceLine == 315).Verdict);
    }

    [Fact]
    public void All_critical_and_high_issues_fixed_is_a_verdict()
    {
        var claim = At(Verify("001", "leoc", "after"), 4);
        Assert.Equal("Status: All Critical and High-Priority Issues FIXED ✓", claim.Text);
        Assert.Equal(ClaimVerdict.Contradicted, claim.Verdict);
        Assert.Equal(["2 critical or high checks fail: AUTH001, CSRF002"], claim.Evidence);
    }

    [Fact]
    public void Claims_no_check_covers_say_what_is_not_checked()
    {
        var vault = Verify("004", "vault", "after").Result.Claims;
        Assert.Equal("no check decides it: no check reviews an encryption scheme; only password hashing (AUTH003) is checked", vault.Single(c => c.SourceLine == 157).Evidence[0]);
        Assert.Equal("no check decides it: no check looks for application performance monitoring (traces, APM agents)", vault.Single(c => c.SourceLine == 105).Evidence[0]);
        var remediation = Verify(VaultRemediation, "vault", "after").Result.Claims;
        Assert.Equal(["no check maps to this claim: it names nothing the checks cover"], remediation.Single(c => c.SourceLine == 24).Evidence);
    }

    /// <summary>
    /// Seed 004's "QUICK FIXES" give `os.getenv('SECRET_KEY', os.urandom(32).hex())`: SEC002 flags the
    /// report's own fix (report line 187), and vault/after, which followed it, has the same finding.
    /// Seed 002's security-headers fix sends the deprecated X-XSS-Protection (HDR004).
    /// </summary>
    [Fact]
    public void A_suggested_fix_that_our_checks_flag_is_contradicted()
    {
        var secretKey = At(Verify("004", "vault", "after"), 181);
        Assert.Equal(ClaimVerdict.Contradicted, secretKey.Verdict);
        Assert.Equal(["SEC002"], secretKey.Checks);
        Assert.StartsWith("SEC002 flags the suggested code at report line 187: `app.config['SECRET_KEY'] = os.getenv('SECRET_KEY', os.urandom(32).hex())`",
            secretKey.Evidence[0], StringComparison.Ordinal);
        Assert.Equal("the project has the same SEC002 finding at config.py:10", secretKey.Evidence[1]);

        var audit = Verify("002", "leoc", "before").Result.Claims;
        var headers = audit.Single(c => c.SourceLine == 231);
        Assert.Equal(ClaimVerdict.Contradicted, headers.Verdict);
        Assert.StartsWith("HDR004 flags the suggested code at report line 236:", headers.Evidence[0], StringComparison.Ordinal);
        // A fix no check flags stays unverifiable: a fragment cannot show the fix is complete.
        Assert.Equal(ClaimVerdict.Unverifiable, audit.Single(c => c.SourceLine == 32).Verdict);
        // Step 3's `def api_login():` has only a comment for a body.
        Assert.StartsWith("the code does not parse on its own", At(Verify("004", "vault", "after"), 224).Evidence[0], StringComparison.Ordinal);
    }
}
