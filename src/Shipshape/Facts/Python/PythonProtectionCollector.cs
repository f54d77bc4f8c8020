using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>
/// Publishes the protections a Python file sets up: CSRF (Flask-WTF), rate limiting (Flask-Limiter,
/// slowapi), security headers (Talisman, headers set on responses), HTTPS redirects, ProxyFix, CORS,
/// authentication libraries, token revocation, lockout counters (and the figures of a lockout:
/// the failed-attempt threshold and the lock's duration), form handling, and how passwords are hashed.
/// </summary>
public sealed class PythonProtectionCollector : IFactCollector
{
    private static readonly Dictionary<string, ProtectionKind> Constructors = new(StringComparer.Ordinal)
    {
        ["flask_wtf.csrf.CSRFProtect"] = ProtectionKind.CsrfProtection,
        ["flask_wtf.CSRFProtect"] = ProtectionKind.CsrfProtection,
        ["flask_wtf.csrf.CsrfProtect"] = ProtectionKind.CsrfProtection,
        ["flask_limiter.Limiter"] = ProtectionKind.RateLimiter,
        ["flask_limiter.extension.Limiter"] = ProtectionKind.RateLimiter,
        ["slowapi.Limiter"] = ProtectionKind.RateLimiter,
        ["flask_talisman.Talisman"] = ProtectionKind.SecurityHeaders,
        ["secure.Secure"] = ProtectionKind.SecurityHeaders,
        ["werkzeug.middleware.proxy_fix.ProxyFix"] = ProtectionKind.ProxyFix,
        ["werkzeug.contrib.fixers.ProxyFix"] = ProtectionKind.ProxyFix,
        ["uvicorn.middleware.proxy_headers.ProxyHeadersMiddleware"] = ProtectionKind.ProxyFix,
        ["flask_sslify.SSLify"] = ProtectionKind.HttpsRedirect,
        ["starlette.middleware.httpsredirect.HTTPSRedirectMiddleware"] = ProtectionKind.HttpsRedirect,
        ["fastapi.middleware.httpsredirect.HTTPSRedirectMiddleware"] = ProtectionKind.HttpsRedirect,
        ["flask_login.LoginManager"] = ProtectionKind.Authentication,
        ["flask_jwt_extended.JWTManager"] = ProtectionKind.Authentication,
        ["fastapi.security.OAuth2PasswordBearer"] = ProtectionKind.Authentication,
        ["fastapi.security.HTTPBearer"] = ProtectionKind.Authentication,
        ["fastapi.security.APIKeyHeader"] = ProtectionKind.Authentication,
        ["hmac.compare_digest"] = ProtectionKind.ConstantTimeCompare,
        ["secrets.compare_digest"] = ProtectionKind.ConstantTimeCompare,
        ["flask_login.login_user"] = ProtectionKind.FormHandling,
    };

    // The last part of the middleware classes above, to find them passed rather than called without resolving every name.
    private static readonly HashSet<string> MiddlewareClasses = Constructors
        .Where(c => c.Value is ProtectionKind.HttpsRedirect or ProtectionKind.ProxyFix)
        .Select(c => c.Key[(c.Key.LastIndexOf('.') + 1)..]).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] LockoutWords = ["failed_login", "failed_attempt", "login_attempt", "locked_until", "lockout", "lock_until", "failed_count"];
    private static readonly string[] LockoutCounterWords = ["failed_login", "failed_attempt", "login_attempt", "failed_count"];
    private static readonly string[] LockUntilWords = ["locked_until", "lock_until", "lockout_until", "lockout_expires"];
    private static readonly string[] RevocationWords = ["blacklist", "blocklist", "denylist", "revoke", "is_revoked"];

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        var semantics = index.Semantics;
        var values = new PythonValueReader(file);
        var referencesMiddleware = new HashSet<string>(StringComparer.Ordinal);
        var calls = 0;
        foreach (var scoped in index.Nodes)
        {
            switch (scoped.Node)
            {
                case Shipshape.Python.Ast.Call:
                    // Calls come in the same source order as nodes, so the i-th call node is the i-th call site.
                    Call(file, semantics, values, index.Calls[calls++]);
                    break;
                case ClassDef type:
                    Class(file, semantics, values, type);
                    break;
                case Assign { Targets: [var target], Value: var value }:
                    Assignment(file, semantics, values, target, value);
                    break;
                case AugAssign { Target: var target }:
                    Lockout(file, target);
                    break;
                case Compare { Left: var counter, Ops: [var op], Comparators: [var limit] } when op is CmpOp.GtE or CmpOp.Gt or CmpOp.Eq && IsLockoutCounter(counter):
                    file.Facts.Add(FactKeys.LockoutFigures, new LockoutFigureFact(LockoutFigureKind.Threshold,
                        NamedValue.Read(op switch { CmpOp.GtE => ">=", CmpOp.Gt => ">", _ => "==" }, limit, values, semantics), file.LocationOf(scoped.Node.Range)));
                    break;
                case Attribute { Attr: "form" or "files" } attribute when semantics.QualifiedName(attribute) is "flask.request.form" or "flask.request.files":
                    file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.FormHandling, "request." + attribute.Attr, file.LocationOf(attribute.Range)));
                    break;
                case Name or Attribute when MiddlewareClasses.Contains(scoped.Node is Name plain ? plain.Id : ((Attribute)scoped.Node).Attr)
                    && semantics.QualifiedName((Expr)scoped.Node) is { } name && Constructors.TryGetValue(name, out var kind)
                    && kind is ProtectionKind.HttpsRedirect or ProtectionKind.ProxyFix && referencesMiddleware.Add(name):
                    // Middleware classes are often passed, not called: app.add_middleware(HTTPSRedirectMiddleware).
                    file.Facts.Add(FactKeys.Protections, new ProtectionFact(kind, name, file.LocationOf(scoped.Node.Range)));
                    break;
            }

            if (index.FunctionDefinedBy(scoped.Node) is { } function) Function(file, index, function);
        }
    }

    private static void Call(FileContext file, SemanticModel semantics, PythonValueReader values, CallSite site)
    {
        var call = site.Call;
        var callee = site.Callee ?? "";
        var last = site.MethodName ?? "";
        var owner = OwnerOf(callee);
        if (Constructors.TryGetValue(callee, out var kind) && kind is not (ProtectionKind.HttpsRedirect or ProtectionKind.ProxyFix))
            file.Facts.Add(FactKeys.Protections, new ProtectionFact(kind, callee, file.LocationOf(call.Range)));
        switch (last)
        {
            case "ProxyFix" or "ProxyHeadersMiddleware" or "SSLify" or "HTTPSRedirectMiddleware" when Constructors.TryGetValue(callee, out var middleware):
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(middleware, callee, file.LocationOf(call.Range)));
                break;
            case "Limiter" when kind == ProtectionKind.RateLimiter:
                Limiter(file, semantics, values, call, callee);
                break;
            case "Talisman" when kind == ProtectionKind.SecurityHeaders && call.Args.Length > 0:
            case "init_app" when owner.Contains("talisman", StringComparison.OrdinalIgnoreCase):
                Talisman(file, semantics, values, call);
                break;
            case "exempt" when owner.Contains("csrf", StringComparison.OrdinalIgnoreCase) && call.Args.Length > 0:
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.CsrfExemption,
                    "csrf.exempt(" + file.Python.Parsed.Text(call.Args[0].Range) + ")", file.LocationOf(call.Range)));
                break;
            case "CORS" when callee.StartsWith("flask_cors", StringComparison.Ordinal):
            case "cross_origin" when callee.StartsWith("flask_cors", StringComparison.Ordinal):
                FlaskCors(file, semantics, values, call);
                break;
            case "add_middleware" or "Middleware" when call.Args.Length > 0 && semantics.QualifiedName(call.Args[0])?.EndsWith("CORSMiddleware", StringComparison.Ordinal) == true:
                StarletteCors(file, values, call);
                break;
            case "redirect" or "RedirectResponse" when call.Descendants().OfType<Constant>().Any(c => c.Value is ConstantValue.StrValue { Value: var s } && s.StartsWith("https://", StringComparison.Ordinal) && s.Length <= "https://".Length + 1):
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.HttpsRedirect, "redirect to https://", file.LocationOf(call.Range)));
                break;
            case "setdefault" or "__setitem__" when call.Func is Attribute { Value: Attribute { Attr: "headers" } } && call.Args.Length == 2 && semantics.StaticString(call.Args[0]) is { } header:
                file.Facts.Add(FactKeys.Headers, new HeaderFact(header, values.Read(call.Args[1]), file.LocationOf(call.Range)));
                break;
            case "update" when call.Func is Attribute { Value: Attribute { Attr: "headers" } } && call.Args is [var headers]:
                HeaderDict(file, semantics, values, headers);
                break;
        }

        if (PasswordRules.MayCheck(call, callee) && AboutPasswords(file, call, site.Function))
            foreach (var (requirement, source) in PasswordRules.Of(call, callee, semantics))
                file.Facts.Add(FactKeys.PasswordRules, new PasswordRuleFact(requirement, source, file.LocationOf(call.Range)));
        PasswordHashing(file, semantics, call, callee, last, owner);
        Jwt(file, semantics, call, callee, last);
        if (NamesRevocation(last, owner))
            file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.TokenRevocation, callee, file.LocationOf(call.Range)));
    }

    /// <summary>The dotted part before the method: "limiter" in "app.limiter.limit"; empty for a plain name.</summary>
    private static ReadOnlySpan<char> OwnerOf(string callee)
    {
        var lastDot = callee.LastIndexOf('.');
        if (lastDot < 0) return [];
        var head = callee.AsSpan(0, lastDot);
        return head[(head.LastIndexOf('.') + 1)..];
    }

    // Asked for every assignment target: a loop, not a closure per call.
    private static bool ContainsAny(string name, string[] words)
    {
        foreach (var word in words)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool NamesRevocation(string method, ReadOnlySpan<char> owner)
    {
        foreach (var word in RevocationWords)
        {
            if (method.Contains(word, StringComparison.OrdinalIgnoreCase) || owner.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static void Limiter(FileContext file, SemanticModel semantics, PythonValueReader values, Call call, string callee)
    {
        var library = callee.StartsWith("slowapi", StringComparison.Ordinal) ? "slowapi" : "Flask-Limiter";
        var storage = call.Keyword("storage_uri") is { } uri && semantics.StaticValue(uri) is not ConstantValue.NoneValue ? uri : null;
        file.Facts.Add(FactKeys.RateLimiters, new RateLimiterFact(library, storage is null ? null : values.Read(storage),
            storage is null ? null : SettingRead(semantics, storage), file.LocationOf(call.Range)));

        if (call.Keyword("default_limits") is { } limits)
        {
            var items = StaticStrings.Of(limits, semantics);
            foreach (var text in items ?? [file.Python.Parsed.Text(limits.Range)])
                file.Facts.Add(FactKeys.RateLimits, RateLimitFact.Parse(text, "default", file.LocationOf(limits.Range)));
        }

        if (call.Keyword("application_limits") is { } application)
            foreach (var text in StaticStrings.Of(application, semantics) ?? [file.Python.Parsed.Text(application.Range)])
                file.Facts.Add(FactKeys.RateLimits, RateLimitFact.Parse(text, "application", file.LocationOf(application.Range)));
    }

    // app.config['RATELIMIT_STORAGE_URI'], app.config.get('REDIS_URL'), settings.REDIS_URL: the configuration value read.
    private static string? SettingRead(SemanticModel semantics, Expr expression) => expression switch
    {
        Subscript { Slice: var key } => semantics.StaticString(key),
        Call { Func: Attribute { Attr: "get" }, Args: [var key, ..] } => semantics.StaticString(key),
        Attribute { Value: Name or Attribute, Attr: var name } => name,
        _ => null,
    };

    // Talisman's defaults: force_https and HSTS on, CSP "default-src 'self'"; options override them.
    private static void Talisman(FileContext file, SemanticModel semantics, PythonValueReader values, Call call)
    {
        var location = file.LocationOf(call.Range);
        if (call.Keyword("force_https") is not { } force || !values.Read(force).IsBool(false))
            file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.HttpsRedirect, "Talisman force_https", location));
        if (call.Keyword("strict_transport_security") is not { } hsts || !values.Read(hsts).IsBool(false))
            file.Facts.Add(FactKeys.Headers, new HeaderFact("Strict-Transport-Security", new PythonValue.Unknown("Talisman default", location), location));
        if (call.Keyword("content_security_policy") is { } csp)
            file.Facts.Add(FactKeys.Headers, new HeaderFact("Content-Security-Policy", CspValue(file, semantics, values, csp), file.LocationOf(csp.Range)));
        if (call.Keyword("session_cookie_secure") is not { } secure || !values.Read(secure).IsBool(false))
            file.Facts.Add(FactKeys.ConfigValues, new ConfigValueFact("SESSION_COOKIE_SECURE", ConfigScopeKind.AppConfig, "Talisman",
                new PythonValue.Literal(ConstantValue.True, location), location));
    }

    // A CSP dict {'script-src': ["'self'", ...]} becomes its header text, so one check reads both forms.
    private static PythonValue CspValue(FileContext file, SemanticModel semantics, PythonValueReader values, Expr csp)
    {
        var resolved = csp is Name name && semantics.Constants.TryGetValue(name.Id, out var constant) ? constant : csp;
        if (resolved is not Dict dict) return values.Read(csp);
        var parts = new List<string>();
        for (var i = 0; i < dict.Keys.Length; i++)
        {
            if (dict.Keys[i] is not { } key || semantics.StaticString(key) is not { } directive) return values.Read(csp);
            var sources = StaticStrings.Of(dict.Values[i], semantics);
            if (sources is null) return values.Read(csp);
            parts.Add(directive + " " + string.Join(' ', sources.Value));
        }

        return new PythonValue.Literal(new ConstantValue.StrValue(string.Join("; ", parts)), file.LocationOf(resolved.Range));
    }

    private static void FlaskCors(FileContext file, SemanticModel semantics, PythonValueReader values, Call call)
    {
        var credentials = call.Keyword("supports_credentials") is { } flag && values.Read(flag).IsTruthyLiteral;
        var origins = call.Keyword("origins");
        if (origins is null && call.Keyword("resources") is Dict resources)
        {
            foreach (var resource in resources.Values.OfType<Dict>())
                for (var i = 0; i < resource.Keys.Length; i++)
                    if (resource.Keys[i] is { } key && semantics.StaticString(key) == "origins") origins = resource.Values[i];
        }

        var location = file.LocationOf(call.Range);
        var value = origins is null ? new PythonValue.Literal(new ConstantValue.StrValue("*"), location) : values.Read(origins);
        file.Facts.Add(FactKeys.Cors, new CorsFact(value, SettingReference.Of(semantics, origins), credentials, location));
    }

    private static void StarletteCors(FileContext file, PythonValueReader values, Call call)
    {
        var credentials = call.Keyword("allow_credentials") is { } flag && values.Read(flag).IsTruthyLiteral;
        var location = file.LocationOf(call.Range);
        var origins = call.Keyword("allow_origins");
        var value = origins is null
            ? call.Keyword("allow_origin_regex") is { } regex ? values.Read(regex) : new PythonValue.StringList([], location)
            : values.Read(origins);
        file.Facts.Add(FactKeys.Cors, new CorsFact(value, SettingReference.Of(file.Python.Semantics, origins), credentials, location));
    }

    private static void Class(FileContext file, SemanticModel semantics, PythonValueReader values, ClassDef type)
    {
        foreach (var basis in type.Bases.Select(b => semantics.QualifiedName(b) ?? ""))
        {
            var location = file.LocationOf(type.Range.Start, type.Range.Start + "class ".Length + type.Name.Length);
            if (basis is "flask_wtf.FlaskForm" or "flask_wtf.Form")
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.CsrfProtection, "FlaskForm " + type.Name, location));
            if (basis is "flask_wtf.FlaskForm" or "flask_wtf.Form" or "wtforms.Form" or "wtforms.form.Form")
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.FormHandling, basis + " " + type.Name, location));
            if (basis.EndsWith("BaseHTTPMiddleware", StringComparison.Ordinal) && type.Name.Contains("Header", StringComparison.OrdinalIgnoreCase))
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.SecurityHeaders, "middleware " + type.Name, location));
        }

        // password = PasswordField(..., validators=[Length(min=8)]) / password: str = Field(min_length=8)
        foreach (var statement in type.Body)
        {
            var (target, value) = statement switch
            {
                Assign { Targets: [Name t], Value: var v } => (t.Id, v),
                AnnAssign { Target: Name t, Value: { } v } => (t.Id, v),
                AnnAssign { Target: Name t, Annotation: var a } => (t.Id, a),
                _ => ("", (Expr?)null),
            };
            if (value is null || !target.Contains("password", StringComparison.OrdinalIgnoreCase) || target.Contains("confirm", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var inner in value.Descendants().Prepend(value).OfType<Call>())
            {
                var name = semantics.CalleeName(inner)?.Split('.')[^1];
                var minimum = name switch
                {
                    "Length" => inner.Keyword("min") ?? inner.Positional(0),
                    "Field" or "constr" or "StringConstraints" => inner.Keyword("min_length"),
                    _ => null,
                };
                if (minimum is not null && semantics.StaticValue(minimum) is ConstantValue.IntValue number)
                    file.Facts.Add(FactKeys.PasswordPolicies, new PasswordPolicyFact((int)number.Value, $"{name} on {type.Name}.{target}", file.LocationOf(minimum.Range)));
            }
        }
    }

    private static void Assignment(FileContext file, SemanticModel semantics, PythonValueReader values, Expr target, Expr value)
    {
        if (target is Subscript { Value: Attribute { Attr: "headers" }, Slice: var key } && semantics.StaticString(key) is { } header)
            file.Facts.Add(FactKeys.Headers, new HeaderFact(header, values.Read(value), file.LocationOf(target.Range)));
        else if (target is Subscript { Value: var session } && semantics.QualifiedName(session) == "flask.session")
            file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.FormHandling, "flask.session", file.LocationOf(target.Range)));
        Lockout(file, target);
        if (LockedUntil(target)) LockoutDuration(file, semantics, values, value);
    }

    private static void HeaderDict(FileContext file, SemanticModel semantics, PythonValueReader values, Expr headers)
    {
        var resolved = headers is Name name && semantics.Constants.TryGetValue(name.Id, out var constant) ? constant : headers;
        if (resolved is not Dict dict) return;
        for (var i = 0; i < dict.Keys.Length; i++)
            if (dict.Keys[i] is { } key && semantics.StaticString(key) is { } header)
                file.Facts.Add(FactKeys.Headers, new HeaderFact(header, values.Read(dict.Values[i]), file.LocationOf(key.Range)));
    }

    /// <summary>The call, its function's name or parameters mention passwords ("Password must contain…", <c>def validate_password(pw)</c>).</summary>
    private static bool AboutPasswords(FileContext file, Call call, PythonFunction? function) =>
        file.Text.AsSpan(call.Range.Start, call.Range.End - call.Range.Start).Contains("passw", StringComparison.OrdinalIgnoreCase)
        || (function is not null && (function.Name.Contains("passw", StringComparison.OrdinalIgnoreCase)
            || function.Args.Args.Any(a => a.Name.Contains("passw", StringComparison.OrdinalIgnoreCase))));

    private static string? TargetName(Expr target) =>
        target switch { Attribute a => a.Attr, Name n => n.Id, Subscript { Slice: Constant { Value: ConstantValue.StrValue s } } => s.Value, _ => null };

    private static bool IsLockoutCounter(Expr counter) =>
        TargetName(counter) is { } name && ContainsAny(name, LockoutCounterWords);

    private static bool LockedUntil(Expr target) =>
        TargetName(target) is { } name && ContainsAny(name, LockUntilWords);

    /// <summary><c>now + timedelta(minutes=15)</c>, <c>now + timedelta(minutes=settings.LOCKOUT_MINUTES)</c>, <c>now + settings.LOCKOUT_DURATION</c>.</summary>
    private static void LockoutDuration(FileContext file, SemanticModel semantics, PythonValueReader values, Expr value)
    {
        var added = value is BinOp { Op: Operator.Add } sum ? new[] { sum.Left, sum.Right } : [value];
        var timedelta = added.OfType<Call>().FirstOrDefault(c => semantics.CalleeName(c) == "datetime.timedelta");
        NamedValue? figure = timedelta switch
        {
            not null when values.Read(timedelta) is PythonValue.Duration duration => new NamedValue("timedelta", duration, null),
            { Args.Length: 0, Keywords: [{ Arg: { } unit, Value: var amount }] } => NamedValue.Read(unit, amount, values, semantics),
            null => added.Where(o => SettingReference.Of(semantics, o)?.Contains("LOCK", StringComparison.OrdinalIgnoreCase) == true)
                .Select(o => NamedValue.Read("timedelta", o, values, semantics)).FirstOrDefault(),
            _ => null,
        };
        if (figure is not null)
            file.Facts.Add(FactKeys.LockoutFigures, new LockoutFigureFact(LockoutFigureKind.Duration, figure, file.LocationOf(value.Range)));
    }

    private static void Lockout(FileContext file, Expr target)
    {
        var name = TargetName(target);
        if (name is not null && ContainsAny(name, LockoutWords))
            file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.Lockout, name, file.LocationOf(target.Range)));
    }

    private static void Function(FileContext file, PythonIndex index, PythonFunction function)
    {
        var semantics = index.Semantics;
        foreach (var decorator in function.Decorators)
        {
            var name = semantics.QualifiedName(decorator is Call c ? c.Func : decorator) ?? "";
            if (name.EndsWith("token_in_blocklist_loader", StringComparison.Ordinal) || name.EndsWith("token_in_blacklist_loader", StringComparison.Ordinal))
                file.Facts.Add(FactKeys.Protections, new ProtectionFact(ProtectionKind.TokenRevocation, name, file.LocationOf(decorator.Range)));
        }

        if (PasswordChecks.IsPrimitive(function.Name)) return;
        foreach (var node in index.SubtreeOf(function))
        {
            if (node.Node is not Call call) continue;
            if (PasswordChecks.Check(call, semantics) is not { } check) continue;
            file.Facts.Add(FactKeys.CredentialChecks, new CredentialCheckFact(function.Name, check, file.LocationOf(function.Header)));
            return;
        }
    }

    private static void PasswordHashing(FileContext file, SemanticModel semantics, Call call, string callee, string last, ReadOnlySpan<char> owner)
    {
        switch (callee)
        {
            case "werkzeug.security.generate_password_hash" or "werkzeug.generate_password_hash":
                var method = call.Argument(1, "method") is { } m ? semantics.StaticString(m) : null;
                var weak = method is not null && !method.StartsWith("pbkdf2", StringComparison.Ordinal) && !method.StartsWith("scrypt", StringComparison.Ordinal);
                file.Facts.Add(FactKeys.PasswordHashes, new PasswordHashFact("werkzeug generate_password_hash" + (method is null ? "" : $" ({method})"), weak, file.LocationOf(call.Range)));
                return;
            case "bcrypt.hashpw" or "bcrypt.gensalt" or "hashlib.pbkdf2_hmac" or "hashlib.scrypt" or "django.contrib.auth.hashers.make_password" or "argon2.PasswordHasher":
                file.Facts.Add(FactKeys.PasswordHashes, new PasswordHashFact(callee, false, file.LocationOf(call.Range)));
                return;
            case "passlib.context.CryptContext" when call.Keyword("schemes") is { } schemes:
                var names = StaticStrings.Of(schemes, semantics) ?? [];
                file.Facts.Add(FactKeys.PasswordHashes, new PasswordHashFact("passlib " + string.Join(",", names),
                    names.Length > 0 && names.All(n => n is "md5_crypt" or "hex_md5" or "hex_sha1" or "hex_sha256" or "plaintext" or "ldap_md5" or "des_crypt"), file.LocationOf(call.Range)));
                return;
        }

        if (last == "generate_password_hash" && owner.Contains("bcrypt", StringComparison.OrdinalIgnoreCase))
            file.Facts.Add(FactKeys.PasswordHashes, new PasswordHashFact("flask-bcrypt", false, file.LocationOf(call.Range)));
        else if (callee is "hashlib.md5" or "hashlib.sha1" or "hashlib.sha224" or "hashlib.sha256" or "hashlib.sha384" or "hashlib.sha512" or "hashlib.new"
                 && call.Args.Any(a => a.Descendants().Prepend(a).Any(n => PasswordChecks.NamesPassword(n))))
            file.Facts.Add(FactKeys.PasswordHashes, new PasswordHashFact(callee + " (fast digest, no salt or work factor)", true, file.LocationOf(call.Range)));
    }

    private static void Jwt(FileContext file, SemanticModel semantics, Call call, string callee, string last)
    {
        if (!callee.StartsWith("jwt.", StringComparison.Ordinal) && !callee.StartsWith("jose.jwt.", StringComparison.Ordinal)
            && !callee.StartsWith("flask_jwt_extended.", StringComparison.Ordinal)) return;
        var location = file.LocationOf(call.Range);
        switch (last)
        {
            case "encode" when call.Args.Length > 0:
                var missingExpiry = call.Args[0] is Dict payload
                    && !payload.Keys.Any(k => k is not null && semantics.StaticString(k) == "exp") && payload.Keys.All(k => k is not null);
                file.Facts.Add(FactKeys.Jwts, new JwtFact("encode", missingExpiry ? "no exp claim: the token never expires" : null, location));
                break;
            case "create_access_token" or "create_refresh_token":
                var never = call.Keyword("expires_delta") is { } delta && semantics.StaticValue(delta) is ConstantValue.BoolValue { Value: false };
                file.Facts.Add(FactKeys.Jwts, new JwtFact("encode", never ? "expires_delta=False: the token never expires" : null, location));
                break;
            case "decode":
                string? problem = null;
                if (call.Keyword("verify") is { } verify && semantics.StaticValue(verify) is ConstantValue.BoolValue { Value: false })
                    problem = "verify=False: the signature is not checked";
                if (call.Keyword("options") is Dict options)
                    for (var i = 0; i < options.Keys.Length; i++)
                        if (options.Keys[i] is { } key && semantics.StaticString(key) is "verify_signature" or "verify_exp"
                            && semantics.StaticValue(options.Values[i]) is ConstantValue.BoolValue { Value: false })
                            problem = $"{semantics.StaticString(key)}=False in options";
                if (call.Keyword("algorithms") is { } algorithms && StaticStrings.Of(algorithms, semantics) is { } list
                    && list.Any(a => a.Equals("none", StringComparison.OrdinalIgnoreCase)))
                    problem = "the 'none' algorithm is accepted";
                file.Facts.Add(FactKeys.Jwts, new JwtFact("decode", problem, location));
                break;
        }
    }
}
