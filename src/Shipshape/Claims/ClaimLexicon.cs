namespace Shipshape.Claims;

/// <summary>
/// The curated map from what readiness reports talk about to the checks that decide it (data only).
/// Keywords are regular expressions matched case-insensitively; <c>\b</c> keeps short ones whole.
/// A claim takes every topic it matches; organisational topics win, because a claim about a process
/// ("backups are set up externally") is not made true by code that happens to exist.
/// </summary>
public static class ClaimLexicon
{
    /// <summary>The checks of the security categories (secrets to input), for claims about security as a whole.</summary>
    private static readonly string[] SecurityChecks = ["SEC*", "DBG*", "CSRF*", "CORS*", "RATE*", "AUTH*", "HDR*", "INP*"];

    public static IReadOnlyList<ClaimTopic> Topics { get; } =
    [
        new("organisational", [@"\bapproved\b", "security team", "sign-?off", "uptime monitoring", @"\bbackups?\b", "runbook",
            "incident response", "penetration test", "security audit", "on-call", "externally", @"\bSLA\b", "disaster recovery", "training"], [], TopicKind.Organisational),
        new("capacity", ["concurrent users", "load test", "response time", "latency", "requests per second", "throughput"], [], TopicKind.Runtime),
        // Security as a whole: every security check decides it. A superlative is only ever contradicted.
        new("security", [@"security (?:fixes|improvements|features|implementation|validation|hardening|measures)", @"\bcode security\b",
            "all security", @"secure by default"], SecurityChecks, TopicKind.Umbrella),
        new("security-judgement", ["bank-level", "enterprise-grade", "military-grade", "bulletproof", "fully secure"], SecurityChecks,
            TopicKind.Judgement, "a judgement no check can confirm"),
        new("csrf", [@"\bcsrf", "cross-site request forgery"], ["CSRF001", "CSRF002", "CSRF101"]),
        new("rate-limiting", [@"rate[- ]?limit", @"\blimiter\b", "brute[- ]force", @"\d+\s*(?:attempts?|requests?|calls?)?\s*(?:per|/)\s*(?:minute|min|hour|day)", "throttl"],
            ["RATE001", "RATE002", "RATE101"]),
        // Rate-limit storage shared by every worker: Redis (or another server) instead of process memory.
        new("rate-limit-storage", [@"\bredis\b"], ["RATE003"]),
        new("lockout", ["lockout", "locked out", "account lock"], ["RATE004"]),
        new("password-policy", ["password polic", "password strength", "password complexity", "strong password", "password security", @"minimum\s+\d+\s+char",
            @"\d+[- ]character minimum", "uppercase", "lowercase"], ["AUTH002"]),
        new("password-hashing", ["password hash", "bcrypt", "argon2", "pbkdf2", "hashed password", "password security"], ["AUTH003"]),
        new("authentication", [@"\bauthentication\b", @"\bauthorization\b", "login_required", "access control"], ["AUTH001"]),
        new("session-cookies", ["session cookie", "session config", "session security", "session lifetime", "httponly", "samesite",
            "secure flag", "secure cookie", "remember[- ]me"], ["AUTH004", "AUTH101"]),
        new("jwt", [@"\bjwt\b", "access tokens?", "token expir"], ["AUTH005"]),
        new("jwt-revocation", ["token blacklist", "blacklist", "revocation", "revoke"], ["AUTH005"]),
        new("security-headers", ["security headers?", @"\bhsts\b", "strict-transport", @"content[- ]security[- ]policy", @"\bcsp\b",
            "x-frame-options", "x-content-type", "talisman", "clickjacking", @"\bxss protection"],
            ["HDR001", "HDR002", "HDR101", "HDR102", "HDR103", "HDR104", "HDR105", "HDR106", "HDR107", "HDR108", "HDR109", "HDR110"]),
        new("https", [@"\bhttps\b", @"\bssl\b", @"\btls\b", "secure connections?"], ["HDR003"]),
        new("debug", [@"\bdebug"], ["DBG001", "DBG002", "DBG101"]),
        new("error-disclosure", ["stack trace", "error pages?", "error handling", "error handlers?", "exception text", "exception details"], ["DBG004", "DBG005"]),
        new("secret-key", [@"secret[_ ]keys?", "hard-?coded secrets?", @"environment[- ]based secrets", "secrets? management", "unlock[_ ]key", "api keys?"],
            ["SEC001", "SEC002"]),
        new("credentials", ["default (?:admin )?(?:credentials|passwords?)", "admin (?:credentials|password)", "hard-?coded (?:credentials|passwords?)",
            "unlock[_ ]key"], ["SEC003"]),
        new("configuration", ["production config", @"environment[- ](?:based|specific) config", "hard-?coded config", "config(?:uration)? templates?",
            @"\.env\.example", "environment variables?"], ["DEP004"]),
        new("cors", [@"\bcors\b", "cross-origin", "allowed origins", "all origins"], ["CORS001", "CORS101"]),
        new("health", ["health[- ]?checks?", "health endpoints?", "/health", "/ready", "readiness probe", "healthy status"], ["OBS003", "OBS004", "OBS101"]),
        new("log-redaction", [@"\bPII\b", "redact", "personal data in logs", "sensitive data in logs"], ["OBS006"]),
        new("logging", [@"\blogging\b", @"\blogger\b", "log rotation", "rotating", "structured log", @"\blogs\b"], ["OBS002"]),
        new("print", [@"print\(", "print statements?"], ["OBS001"]),
        new("error-tracking", ["sentry", "error tracking", @"(?<!performance |uptime )\bmonitoring\b"], ["OBS005"]),
        new("performance-monitoring", ["performance monitoring", @"\bAPM\b"], [], TopicKind.Unchecked,
            "no check looks for application performance monitoring (traces, APM agents)"),
        new("pooling", [@"\bpool", "overflow", "pre-ping", "recycl", "database scalability", "database security"], ["DATA002"]),
        new("database", ["sqlite", "postgres", "production database", "database scalability", "database security"], ["DATA001"]),
        new("migrations", ["migrations?", "alembic", "flask-migrate", "create_all", @"database not initiali[sz]ed", @"tables? (?:are )?not created"], ["DATA003"]),
        new("init-script", [@"initiali[sz]ation script", @"\binit_db\b"], [], TopicKind.Unchecked,
            "no check runs a one-off database set-up script (schema changes through migrations are DATA003)"),
        new("in-memory-state", ["in-memory", "in memory"], ["DATA004"]),
        new("file-datastore", ["json file storage", "json files?"], ["DATA005"]),
        new("container-storage", ["local file ?system storage", "local (?:disk|storage)", "cloud storage", "persistent volumes?", @"\bvolumes?\b"], ["DEP006"]),
        new("cache", [@"\bcache"], ["DATA006"]),
        new("datetime", ["datetime", "utcnow", "timezone"], ["DATA007"]),
        new("indexes", [@"\bindex(?:es)?\b", "indices"], ["DATA008"]),
        new("uploads", ["uploads?", "file size", "file types?", "allowed extensions", "max_content_length", "file validation", "filename handling"], ["INP001"]),
        new("path-traversal", ["path traversal", "send_from_directory", "directory traversal"], ["INP002"]),
        new("sql-injection", ["sql injection", "parameteri[sz]ed", "sql queries"], ["INP003"]),
        new("input-validation", ["input validation", "sanitiz", "sanitis"], ["INP001", "INP002", "INP003"]),
        new("deserialization", ["pickle", "deseriali"], ["INP004"]),
        new("exception-handling", ["bare except", @"except:", "exception handling", "swallow"], ["ERR001", "ERR002"]),
        new("timeouts", ["timeouts?"], ["ERR003"]),
        new("docker", ["docker", "container", "non-root", "healthcheck"], ["DEP001", "DEP002"]),
        new("wsgi-server", ["gunicorn", "wsgi server", "production server", "uvicorn workers"], ["DEP005"]),
        new("dependencies", ["pinned", "requirements\\.txt", "dependenc"], ["DEP003"]),
        new("legal-pages", ["privacy policy", "terms of service", @"legal (?:pages?|documents?)", "cookie policy", "privacy"], ["LEG001"]),
        // Analytics and ad networks need a consent mechanism (GDPR/ePrivacy, Google's EU user consent policy) and a privacy policy.
        new("consent", ["consent", "cookie banner", "analytics"], ["LEG002"]),
        new("ad-platform", ["monetization", "monetisation", "ad platform", "advertising"], ["LEG001", "LEG002"]),
        new("gdpr", ["gdpr", "data export", "account deletion", "right to be forgotten"], ["LEG001", "LEG003"]),
        new("tests", [@"\btests?\b", "test suite", "test coverage"], ["QA001"]),
        new("documentation", ["readme", "documentation"], ["QA002"]),
        new("ci", ["continuous integration", @"ci/cd", "github actions"], ["QA003"]),
        new("email-verification", [@"e-?mail verification", @"verif(?:y|ied) (?:their )?e-?mail"], [], TopicKind.Unchecked,
            "no check follows the sign-up flow to see that an e-mail address must be confirmed"),
        new("encryption", ["encryption", "encrypted", "cipher"], [], TopicKind.Unchecked,
            "no check reviews an encryption scheme; only password hashing (AUTH003) is checked"),
        new("audit-trail", ["audit trail", "audit log", "blockchain"], [], TopicKind.Unchecked, "no check reviews audit trails"),
        new("compatibility", [@"python \d+(?:\.\d+)*\+? compatible", @"sqlalchemy \d+(?:\.\d+)* compatible", "compatib"], [], TopicKind.Unchecked,
            "compatibility with a language or library version is shown by running the tests on it, not by these checks"),
    ];

    /// <summary>
    /// The topics of <paramref name="text"/>: only the organisational one when it matches, unless the
    /// claim states a figure this tool compares, whose topic (<paramref name="figureTopic"/>) then
    /// always counts ("10MB per file, 10 backups" is log rotation, not a backup process).
    /// </summary>
    public static IReadOnlyList<ClaimTopic> TopicsOf(string text, string? figureTopic = null)
    {
        var matched = Topics.Where(t => t.Matches(text)).ToList();
        if (figureTopic is not null)
        {
            matched.RemoveAll(t => t.Kind == TopicKind.Organisational);
            if (matched.All(t => t.Id != figureTopic)) matched.Insert(0, Topics.Single(t => t.Id == figureTopic));
            return matched;
        }
        var organisational = matched.FirstOrDefault(t => t.Kind == TopicKind.Organisational);
        return organisational is not null ? [organisational] : matched;
    }
}
