using Shipshape.Claims;
using Shipshape.Model;
using Shipshape.Scanning;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Claims;

/// <summary>
/// Figures in claims against the figures the code configures, read from the collectors' facts: the
/// seeds against the sample after states (samples/README.md: they implement these figures) and a
/// small report against Fixtures/claims/figures-app, whose every figure differs from the claimed one.
/// </summary>
public class FigureComparisonTests
{
    private static IReadOnlyList<ClaimResult> Verify(string markdown, string root)
    {
        var scan = Scanner.Scan(ScanRequest.For(root));
        return ClaimsVerification.Run(markdown, scan.Report, scan.Facts, probed: false).Claims;
    }

    private static IReadOnlyList<ClaimResult> Sample(string seed, string app, string state) =>
        Verify(Seeds.Text(seed), Path.Combine(TestPaths.RepositoryRoot, "samples", app, state));

    public static TheoryData<string, string, int, string, string> Agreeing => new()
    {
        { "000", "lumo", 54, "report says sessions last 30 days", "config.py:22 PERMANENT_SESSION_LIFETIME = 30 days" },
        { "000", "lumo", 74, "report says 10 MB per file, 10 backups", "logging_setup.py:16 RotatingFileHandler(maxBytes=10485760 (10 MB), backupCount=10)" },
        { "000", "lumo", 86, "report says pool of 10 connections, 20 overflow", "config.py:12 max_overflow = 20" },
        { "000", "lumo", 88, "report says recycled every 1 hour", "config.py:14 pool_recycle = 3600 (1 hour)" },
        { "000", "lumo", 150, "report says pool of 10 connections", "config.py:11 pool_size = 10" },
        { "000", "lumo", 29, "report says 100 per hour", "config.py:26 RATELIMIT_DEFAULT (default limits) is limited to '100 per hour'" },
        { "000", "lumo", 39, "report says passwords require an uppercase letter", "forms.py:9 Regexp('.*[A-Z]') requires an uppercase letter" },
        { "000", "lumo", 41, "report says passwords require a digit", @"forms.py:11 Regexp('.*\d') requires a digit" },
        { "001", "leoc", 48, "report says allowed extensions gif, jpeg, jpg, png, webp", "config.py:20 ALLOWED_EXTENSIONS = gif, jpeg, jpg, png, webp" },
        { "001", "leoc", 49, "report says uploads up to 5 MB", "config.py:19 MAX_CONTENT_LENGTH = 5242880 (5 MB) while MAX_CONTENT_LENGTH is unset" },
        { "001", "leoc", 80, "report says 10 MB per file, 10 backups", "logging_setup.py:16 RotatingFileHandler(maxBytes=10485760 (10 MB), backupCount=10)" },
        // "Account lockout enforcement | ✅ | 5 attempts = 15-min lockout": the comparison and the timedelta, settings resolved.
        { "003", "yogaflow", 47, "report says lockout after 5 failed attempts for 15 minutes",
            "backend/app/services/auth_service.py:46 locks when the failed-attempt count >= 5 (backend/app/core/config.py:26 LOCKOUT_THRESHOLD = 5 while LOCKOUT_THRESHOLD is unset)" },
        { "003", "yogaflow", 47, "report says lockout after 5 failed attempts for 15 minutes",
            "backend/app/services/auth_service.py:47 locks for 15 minutes (backend/app/core/config.py:27 LOCKOUT_MINUTES = 15 while LOCKOUT_MINUTES is unset)" },
    };

    [Theory]
    [MemberData(nameof(Agreeing))]
    public void A_figure_the_after_state_configures_is_evidence_for_the_claim(string seed, string app, int line, string claimed, string configured)
    {
        var claim = Sample(seed, app, "after").Single(c => c.SourceLine == line);
        Assert.Equal(ClaimVerdict.Verified, claim.Verdict);
        Assert.Contains(claimed, claim.Evidence);
        Assert.Contains(configured, claim.Evidence);
        // Verified needs a check that ran and passed, not the figure alone.
        Assert.Contains(claim.Evidence, e => e.Contains(" passes", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_fixes_nothing_is_configured_to_compare_and_the_checks_decide()
    {
        var pool = Sample("000", "lumo", "before").Single(c => c.SourceLine == 86);
        Assert.Equal(ClaimVerdict.Contradicted, pool.Verdict);
        Assert.DoesNotContain(pool.Evidence, e => e.StartsWith("report says", StringComparison.Ordinal));
        Assert.Contains(pool.Evidence, e => e.StartsWith("DATA002 fails at config.py:7", StringComparison.Ordinal));
    }

    public static TheoryData<int, string[]> Differing => new()
    {
        { 5, ["report says lockout after 5 failed attempts for 15 minutes", "auth.py:17 locks when the failed-attempt count > 10",
            "auth.py:18 locks for 5 minutes (config.py:18 LOCKOUT_MINUTES = 5)"] },
        { 6, ["report says pool of 10 connections, 20 overflow", "config.py:9 pool_size = 5", "config.py:9 sets no max_overflow: SQLAlchemy's default is 10"] },
        { 7, ["report says recycled every 1 hour", "config.py:9 pool_recycle = 1800 (30 minutes)"] },
        { 8, ["report says 10 MB per file, 10 backups", "logging_config.py:6 RotatingFileHandler(maxBytes=1048576 (1 MB), backupCount=3)"] },
        { 9, ["report says uploads up to 5 MB", "config.py:10 MAX_CONTENT_LENGTH = 16777216 (16 MB) while MAX_CONTENT_LENGTH is unset"] },
        { 10, ["report says allowed extensions jpg, png", "config.py:11 ALLOWED_EXTENSIONS = jpg, png, svg; the code also allows svg"] },
        { 11, ["report says sessions last 30 days", "config.py:15 PERMANENT_SESSION_LIFETIME = 7 days"] },
        { 12, ["report says remember-me cookies last 30 days", "config.py:16 REMEMBER_COOKIE_DURATION = 14 days"] },
        { 13, ["report says access tokens last 15 minutes", "config.py:17 JWT_ACCESS_TOKEN_EXPIRES = 3600 (1 hour)"] },
        { 14, ["report says minimum 12 characters", "config.py:19 sets PASSWORD_MIN_LENGTH = 8"] },
        { 15, ["report says passwords require an uppercase letter, a digit", "auth.py:25 search('[A-Z]') requires an uppercase letter",
            "no password check requires a digit (checked: uppercase)"] },
    };

    /// <summary>The checks behind these claims pass or do not apply in figures-app: only the figure contradicts each claim.</summary>
    [Theory]
    [MemberData(nameof(Differing))]
    public void A_figure_that_differs_contradicts_the_claim_with_both_figures(int line, string[] evidence)
    {
        var claims = Verify(File.ReadAllText(TestPaths.Fixture("claims", "claims-figures.md")), TestPaths.Fixture("claims", "figures-app"));
        var claim = claims.Single(c => c.SourceLine == line);
        Assert.Equal(ClaimVerdict.Contradicted, claim.Verdict);
        Assert.Equal(evidence, claim.Evidence);
    }
}
