namespace Shipshape.Claims;

/// <summary>
/// The curated map from what readiness reports talk about to the checks that decide it (data only).
/// Keywords are regular expressions matched case-insensitively; <c>\b</c> keeps short ones whole.
/// A claim takes every topic it matches; organisational topics win, because a claim about a process
/// ("backups are set up externally") is not made true by code that happens to exist.
/// </summary>
public static class ClaimLexicon
{
    public static IReadOnlyList<ClaimTopic> Topics { get; } =
    [
        new("organisational", [@"\bapproved\b", "security team", "sign-?off", "uptime monitoring", @"\bbackups?\b", "runbook",
            "incident response", "penetration test", "on-call", "externally", @"\bSLA\b", "disaster recovery", "training"], [], TopicKind.Organisational),
        new("capacity", ["concurrent users", "load test", "response time", "latency", "requests per second", "throughput"], [], TopicKind.Runtime),
        new("csrf", [@"\bcsrf", "cross-site request forgery"], ["CSRF001", "CSRF002", "CSRF101"]),
        new("rate-limiting", [@"rate[- ]?limit", @"\blimiter\b", "brute[- ]force", @"\d+\s*(?:attempts?|requests?|calls?)?\s*(?:per|/)\s*(?:minute|min|hour|day)", "throttl"],
            ["RATE001", "RATE002", "RATE101"]),
        new("lockout", ["lockout", "locked out", "account lock"], ["RATE004"]),
        new("password-policy", ["password polic", "password strength", "password complexity", "strong password", @"minimum\s+\d+\s+char",
            @"\d+[- ]character minimum", "uppercase", "lowercase"], ["AUTH002"]),
        new("password-hashing", ["password hash", "bcrypt", "argon2", "pbkdf2", "hashed password"], ["AUTH003"]),
        new("authentication", [@"\bauthentication\b", @"\bauthorization\b", "login_required", "access control"], ["AUTH001"]),
        new("session-cookies", ["session cookie", "session config", "session security", "session lifetime", "httponly", "samesite",
            "secure flag", "secure cookie", "remember[- ]me"], ["AUTH004", "AUTH101"]),
        new("jwt-revocation", ["token blacklist", "blacklist", "revocation", "revoke"], ["AUTH005"]),
        new("security-headers", ["security headers?", @"\bhsts\b", "strict-transport", "content-security-policy", @"\bcsp\b",
            "x-frame-options", "x-content-type", "talisman", "clickjacking"],
            ["HDR001", "HDR101", "HDR102", "HDR103", "HDR104", "HDR105", "HDR106", "HDR107", "HDR108", "HDR109", "HDR110"]),
        new("https", [@"\bhttps\b", @"\bssl\b", @"\btls\b"], ["HDR003"]),
        new("debug", [@"\bdebug"], ["DBG001", "DBG002", "DBG101"]),
        new("error-disclosure", ["stack trace", "error pages?", "error handling", "error handlers?", "exception text", "exception details"], ["DBG004", "DBG005"]),
        new("secret-key", ["secret[_ ]key", @"\bsecrets?\b", "hard-?coded", "credentials", "unlock[_ ]key", "api keys?"], ["SEC001", "SEC002", "SEC003"]),
        new("cors", [@"\bcors\b", "cross-origin", "allowed origins", "all origins"], ["CORS001", "CORS101"]),
        new("health", ["health[- ]?checks?", "health endpoints?", "/health", "/ready", "readiness probe"], ["OBS003", "OBS004", "OBS101"]),
        new("logging", [@"\blogging\b", @"\blogger\b", "log rotation", "rotating", "structured log", @"\blogs\b"], ["OBS002"]),
        new("print", [@"print\(", "print statements?"], ["OBS001"]),
        new("error-tracking", ["sentry", "error tracking", @"\bmonitoring\b"], ["OBS005"]),
        new("pooling", [@"\bpool", "overflow", "pre-ping", "recycl"], ["DATA002"]),
        new("database", ["sqlite", "postgres", "production database"], ["DATA001"]),
        new("migrations", ["migrations?", "alembic", "flask-migrate", "create_all", "database initiali"], ["DATA003"]),
        new("in-memory-state", ["in-memory", "in memory"], ["DATA004"]),
        new("file-datastore", ["json file storage", "json files?"], ["DATA005"]),
        new("cache", [@"\bcache"], ["DATA006"]),
        new("datetime", ["datetime", "utcnow", "timezone"], ["DATA007"]),
        new("indexes", [@"\bindex(?:es)?\b", "indices"], ["DATA008"]),
        new("uploads", ["uploads?", "file size", "file types?", "allowed extensions", "max_content_length"], ["INP001"]),
        new("path-traversal", ["path traversal", "send_from_directory", "directory traversal"], ["INP002"]),
        new("sql-injection", ["sql injection", "parameteri[sz]ed", "sql queries"], ["INP003"]),
        new("input-validation", ["input validation", "sanitiz", "sanitis"], ["INP001", "INP002", "INP003"]),
        new("deserialization", ["pickle", "deseriali"], ["INP004"]),
        new("exception-handling", ["bare except", @"except:", "exception handling", "swallow"], ["ERR001", "ERR002"]),
        new("timeouts", ["timeouts?"], ["ERR003"]),
        new("docker", ["docker", "container", "non-root", "healthcheck"], ["DEP001", "DEP002"]),
        new("wsgi-server", ["gunicorn", "wsgi server", "production server", "uvicorn workers"], ["DEP005"]),
        new("dependencies", ["pinned", "requirements\\.txt", "dependenc"], ["DEP003"]),
        new("legal-pages", ["privacy policy", "terms of service", "legal pages?", "cookie policy", "privacy"], ["LEG001"]),
        new("consent", ["consent", "cookie banner"], ["LEG002"]),
        new("gdpr", ["gdpr", "data export", "account deletion", "right to be forgotten"], ["LEG001", "LEG003"]),
        new("tests", [@"\btests?\b", "test suite", "test coverage"], ["QA001"]),
        new("documentation", ["readme", "documentation"], ["QA002"]),
        new("ci", ["continuous integration", @"ci/cd", "github actions"], ["QA003"]),
    ];

    /// <summary>The topics of <paramref name="text"/>; only the organisational one when it matches.</summary>
    public static IReadOnlyList<ClaimTopic> TopicsOf(string text)
    {
        var matched = Topics.Where(t => t.Matches(text)).ToList();
        var organisational = matched.FirstOrDefault(t => t.Kind == TopicKind.Organisational);
        return organisational is not null ? [organisational] : matched;
    }
}
