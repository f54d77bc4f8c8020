using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Auth;

/// <summary>AUTH004: session, remember-me or CSRF cookies without Secure/HttpOnly/SameSite in production configuration.</summary>
public sealed class Auth004InsecureSessionCookies : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth004,
        Name: "insecure-session-cookies",
        Category: Categories.Auth,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks the cookie settings production loads. Flask: `SESSION_COOKIE_SECURE` true (or Talisman's "
            + "`session_cookie_secure`, on by default), `SESSION_COOKIE_SAMESITE` set, `SESSION_COOKIE_HTTPONLY` not "
            + "switched off, and `REMEMBER_COOKIE_SECURE` when Flask-Login is used. Django: `SESSION_COOKIE_SECURE` "
            + "(security.W012) and `CSRF_COOKIE_SECURE` when `CsrfViewMiddleware` is installed (security.W016).",
        Why: "Without Secure the session cookie is sent over plain HTTP and can be captured on the network; without "
            + "HttpOnly any injected script reads it; without SameSite the browser attaches it to cross-site requests.",
        Fix: "In the production configuration: `SESSION_COOKIE_SECURE = True`, `SESSION_COOKIE_HTTPONLY = True`, "
            + "`SESSION_COOKIE_SAMESITE = 'Lax'`, `REMEMBER_COOKIE_SECURE = True`; Django: `SESSION_COOKIE_SECURE = True`, "
            + "`CSRF_COOKIE_SECURE = True`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "class Config:\n    SECRET_KEY = os.environ['SECRET_KEY']",
                Passing: "class ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = True\n    SESSION_COOKIE_SAMESITE = 'Lax'\n    REMEMBER_COOKIE_SECURE = True"),
            new RuleExample("Django", "python",
                Failing: "SESSION_COOKIE_SECURE = False",
                Passing: "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True"),
        ],
        References:
        [
            RuleReference.Cwe(614, "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute"),
            RuleReference.Cwe(1004, "Sensitive Cookie Without 'HttpOnly' Flag"),
            RuleReference.Asvs("3.4.1", "Cookie-based session tokens have the 'Secure' attribute set"),
            new RuleReference("Flask: Security Considerations, Set-Cookie options", "https://flask.palletsprojects.com/en/stable/web-security/#set-cookie-options"),
        ])
    {
        Requirement = "Session cookies are Secure, HttpOnly and SameSite in production",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var config = ProductionConfig.From(project.Facts);
        if (config.IsDjango) return CheckDjango(project, new DjangoSettingsView(config));
        var app = project.Facts.Get(FactKeys.PythonApps).FirstOrDefault(a => a.Framework == Framework.Flask && !PythonModuleName.IsTest(a.Location.Path));
        if (app is null) return CheckOutcome.NotApplicable("no Flask app or Django settings (FastAPI and Starlette keep no session cookie unless configured)");

        var problems = new List<string>();
        if (!config.All("SESSION_COOKIE_SECURE").Any(v => v.Value.WhenUnset?.IsTruthyLiteral == true))
            problems.Add("SESSION_COOKIE_SECURE is not True");
        if (config.Get("SESSION_COOKIE_HTTPONLY") is { } httpOnly && httpOnly.Value.IsBool(false)) problems.Add("SESSION_COOKIE_HTTPONLY is False");
        if (config.Get("SESSION_COOKIE_SAMESITE") is not { Value.AsString: "Lax" or "Strict" or "lax" or "strict" }) problems.Add("SESSION_COOKIE_SAMESITE is not Lax or Strict");
        var flaskLogin = project.Facts.Get(FactKeys.Protections).Any(p => p.Detail == "flask_login.LoginManager");
        if (flaskLogin && config.Get("REMEMBER_COOKIE_SECURE")?.Value.WhenUnset?.IsTruthyLiteral != true) problems.Add("REMEMBER_COOKIE_SECURE is not True");
        if (problems.Count == 0) return CheckOutcome.Pass("session cookies are Secure, HttpOnly and SameSite");

        project.Report(config.Location ?? app.Location, "Session cookies are not locked down in production configuration: " + string.Join("; ", problems));
        return CheckOutcome.Fail();
    }

    private static CheckOutcome CheckDjango(ProjectContext project, DjangoSettingsView django)
    {
        var found = false;
        if ((django.HasApp("django.contrib.sessions") || django.HasMiddleware("SessionMiddleware")) && !django.IsTrue("SESSION_COOKIE_SECURE"))
        {
            project.Report(django.Where("SESSION_COOKIE_SECURE"), "SESSION_COOKIE_SECURE is not True: the session cookie travels over plain HTTP (Django security.W012)");
            found = true;
        }

        if (django.HasMiddleware("CsrfViewMiddleware") && !django.IsTrue("CSRF_USE_SESSIONS") && !django.IsTrue("CSRF_COOKIE_SECURE"))
        {
            project.Report(django.Where("CSRF_COOKIE_SECURE"), "CSRF_COOKIE_SECURE is not True: the CSRF cookie travels over plain HTTP (Django security.W016)");
            found = true;
        }

        return found ? CheckOutcome.Fail() : CheckOutcome.Pass("SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE are True");
    }
}
