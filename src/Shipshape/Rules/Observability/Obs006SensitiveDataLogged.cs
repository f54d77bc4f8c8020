using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Observability;

/// <summary>OBS006: passwords, tokens, personal data or whole request bodies passed to log calls.</summary>
public sealed class Obs006SensitiveDataLogged : IFileRule
{
    private static readonly HashSet<string> LogMethods = new(StringComparer.Ordinal)
    {
        "debug", "info", "warning", "warn", "error", "exception", "critical", "log", "fatal",
    };

    // Name parts that denote a secret or personal data.
    private static readonly HashSet<string> SensitiveParts = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "authorization", "cookie", "cookies",
        "ssn", "email", "iban", "cvv", "otp", "pin",
    };

    // Name parts that make the value harmless metadata about a secret ("password_length", "token_type").
    private static readonly HashSet<string> MetadataParts = new(StringComparer.Ordinal)
    {
        "length", "len", "count", "valid", "changed", "required", "policy", "expired", "expiry", "expires", "type", "id",
        "url", "uri", "endpoint", "field", "name", "domain", "verified", "sent", "enabled",
    };

    private static readonly HashSet<string> RequestBodies = new(StringComparer.Ordinal)
    {
        "form", "json", "data", "body", "get_json", "get_data", "values", "POST", "headers",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs006,
        Name: "sensitive-data-logged",
        Category: Categories.Observability,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks log calls (`logger.info(...)`, `logging.warning(...)`, `app.logger.debug(...)`) for arguments "
            + "named like secrets or personal data (`password`, `token`, `api_key`, `email`, `authorization`) and for "
            + "whole request bodies (`request.form`, `request.json`, `request.headers`). Test files are not checked.",
        Why: "Log files are copied to aggregators, shared with support staff and kept for months, usually with weaker "
            + "access control than the database. A password or token in a log line is a credential anyone with log "
            + "access can use; e-mail addresses in logs are personal data under GDPR, with retention and erasure duties.",
        Fix: "Log identifiers, not secrets: `logger.info(\"login attempt user_id=%s\", user.id)`; mask what must appear "
            + "(`email[:2] + \"***\"`), or add a `logging.Filter` that redacts known fields.",
        Examples:
        [
            new RuleExample("logging", "python",
                Failing: "logger.info(\"login attempt email=%s password=%s\", email, password)",
                Passing: "logger.info(\"login attempt for user id %s\", user.id)"),
        ],
        References:
        [
            RuleReference.Cwe(532, "Insertion of Sensitive Information into Log File"),
            RuleReference.Asvs("7.1.1", "The application does not log credentials or payment details"),
            new RuleReference("OWASP Logging Cheat Sheet: data to exclude", "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude"),
        ])
    {
        Requirement = "No secrets or personal data are written to logs",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        // Tests provoke and discard failures on purpose; the audit is about application code.
        if (CodePaths.IsTest(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        foreach (var site in index.Calls)
        {
            if (!IsLogCall(site, index.Semantics)) continue;
            var arguments = site.Call.Args.Concat(site.Call.Keywords.Where(k => k.Arg is not ("exc_info" or "stack_info" or "stacklevel")).Select(k => k.Value));
            foreach (var argument in arguments)
            {
                if (Sensitive(argument, index.Semantics) is not { } what) continue;
                file.Report(argument.Range.Start, argument.Range.End, $"Log call writes {what}: log an identifier or mask it");
                break;
            }
        }
    }

    private static bool IsLogCall(CallSite site, SemanticModel semantics)
    {
        if (site.Call.Func is not Attribute { Attr: var method, Value: var receiver } || !LogMethods.Contains(method)) return false;
        if (semantics.QualifiedName(receiver) is "logging") return true;
        var receiverName = receiver switch
        {
            Name name => name.Id,
            Attribute attribute => attribute.Attr,
            Call { Func: var getter } when semantics.QualifiedName(getter) is "logging.getLogger" => "logger",
            _ => "",
        };
        return receiverName.Contains("log", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What sensitive value an argument carries ("`password`", "the whole request body"), or null.</summary>
    private static string? Sensitive(Expr argument, SemanticModel semantics)
    {
        foreach (var node in argument.Descendants().Prepend(argument))
        {
            switch (node)
            {
                case Attribute { Attr: var attr, Value: Name { Id: "request" } } when RequestBodies.Contains(attr):
                    return $"the whole request `{attr}`";
                case Name name when IsSensitiveName(name.Id) && !semantics.Imports.ContainsKey(name.Id):
                    return $"`{name.Id}`";
                case Attribute attribute when IsSensitiveName(attribute.Attr):
                    return $"`{attribute.Attr}`";
                case Subscript { Slice: Constant { Value: ConstantValue.StrValue key } } when IsSensitiveName(key.Value):
                    return $"`{key.Value}`";
            }
        }

        return null;
    }

    private static bool IsSensitiveName(string identifier)
    {
        var parts = identifier.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || MetadataParts.Contains(parts[^1])) return false;
        return parts.Any(SensitiveParts.Contains) || identifier.ToLowerInvariant() is "apikey" or "api_key" or "access_key" or "private_key";
    }
}
