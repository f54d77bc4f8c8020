namespace Shipshape.Facts.Python;

/// <summary>A kind of protection or security-relevant mechanism found in the code.</summary>
public enum ProtectionKind
{
    /// <summary>Flask-WTF <c>CSRFProtect</c>, or forms derived from <c>FlaskForm</c>.</summary>
    CsrfProtection,

    /// <summary><c>csrf.exempt(blueprint)</c> (route-level exemptions are on <see cref="RouteFact"/>).</summary>
    CsrfExemption,

    /// <summary>Flask-Limiter or slowapi <c>Limiter</c>, or a rate-limit middleware.</summary>
    RateLimiter,

    /// <summary>Flask-Talisman, the <c>secure</c> package, or a security-headers middleware class.</summary>
    SecurityHeaders,

    /// <summary>A redirect from http to https (Talisman <c>force_https</c>, <c>HTTPSRedirectMiddleware</c>, code that redirects to https://).</summary>
    HttpsRedirect,

    /// <summary>Werkzeug <c>ProxyFix</c> / uvicorn proxy headers: the app sees the client's scheme behind a proxy.</summary>
    ProxyFix,

    /// <summary>Flask-Login <c>LoginManager</c>, Flask-JWT-Extended <c>JWTManager</c>, FastAPI security schemes.</summary>
    Authentication,

    /// <summary>A token revocation path: a blocklist check, <c>token_in_blocklist_loader</c>, a revoked-token store.</summary>
    TokenRevocation,

    /// <summary>Account lockout or back-off after failed logins (failed-attempt counters, lock-until times).</summary>
    Lockout,

    /// <summary>Code that reads submitted form data or uses cookie sessions (<c>request.form</c>, <c>session[...]</c>, WTForms).</summary>
    FormHandling,

    /// <summary>Request code comparing a secret in constant time (<c>hmac.compare_digest</c>).</summary>
    ConstantTimeCompare,
}
