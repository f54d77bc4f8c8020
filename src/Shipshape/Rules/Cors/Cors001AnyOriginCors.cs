using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Cors;

/// <summary>CORS001: any origin allowed by the CORS policy.</summary>
public sealed class Cors001AnyOriginCors : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Cors001,
        Name: "cors-any-origin",
        Category: Categories.Cors,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks CORS policies (flask-cors `CORS(...)`/`@cross_origin`, Starlette/FastAPI `CORSMiddleware`, an "
            + "`Access-Control-Allow-Origin` header set in code) for any-origin access: `\"*\"`, a `.*` origin regex, the "
            + "request's own `Origin` reflected, or flask-cors with no `origins` (its default is `*`). Origins read from "
            + "settings (`settings.ALLOWED_ORIGINS`) are followed to the configured default, and `*ORIGIN*` variables in env files "
            + "are read too. A finding is high; with credentials allowed "
            + "(`supports_credentials=True`, `allow_credentials=True`, or a reflected origin with `Access-Control-Allow-Credentials: true`) "
            + "it is critical, and so is the check.",
        Why: "Any-origin CORS lets every website read the app's API responses from a visitor's browser. With credentials "
            + "(cookies or `Authorization`) allowed as well, a malicious page reads the signed-in user's data and acts as "
            + "them.",
        Fix: "List the exact origins of your front ends (`origins=['https://app.example.com']`, "
            + "`allow_origins=settings.ALLOWED_ORIGINS` with an explicit list) and allow credentials only for those.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "CORS(app, resources={r\"/api/*\": {\"origins\": \"*\"}}, supports_credentials=True)",
                Passing: "CORS(app, resources={r\"/api/*\": {\"origins\": [\"https://vault.example.com\"]}}, supports_credentials=True)"),
            new RuleExample("FastAPI", "python",
                Failing: "app.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)",
                Passing: "app.add_middleware(CORSMiddleware, allow_origins=['https://yogaflow.example.com'], allow_credentials=True)"),
        ],
        References:
        [
            RuleReference.Cwe(942, "Permissive Cross-domain Policy with Untrusted Domains"),
            RuleReference.Asvs("14.5.3", "The Cross-Origin Resource Sharing (CORS) Access-Control-Allow-Origin header uses a strict allow list of trusted domains"),
            new RuleReference("Starlette: CORSMiddleware", "https://www.starlette.io/middleware/#corsmiddleware"),
        ])
    {
        Requirement = "CORS allows only listed origins",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var policies = project.Facts.Get(FactKeys.Cors);
        var headers = project.Facts.Get(FactKeys.Headers).Where(h => h.Name.Equals("Access-Control-Allow-Origin", StringComparison.OrdinalIgnoreCase)).ToList();
        if (policies.Count == 0 && headers.Count == 0 && !project.Facts.Get(FactKeys.ConfigValues).Any(v => v.ScopeKind == ConfigScopeKind.EnvFile && v.Name.Contains("ORIGIN", StringComparison.Ordinal))) return CheckOutcome.NotApplicable("no CORS policy (flask-cors, CORSMiddleware, Access-Control-Allow-Origin header) found");

        var config = ProductionConfig.From(project.Facts);
        var found = false;
        foreach (var policy in policies)
        {
            var origins = Resolve(policy, config, project.Facts);
            if (!AllowsAny(origins)) continue;
            var consequence = policy.Credentials ? $"credentials are allowed too, so {ActsAsUser}" : "any website can read the responses";
            project.Report(origins.Location, $"CORS allows any origin ({origins}) for the policy at {policy.Location}; {consequence}",
                severity: policy.Credentials ? Severity.Critical : null);
            found = true;
        }

        // Browsers refuse credentials with a literal '*', so only a reflected origin is critical with them.
        var headerCredentials = project.Facts.Get(FactKeys.Headers)
            .Any(h => h.Name.Equals("Access-Control-Allow-Credentials", StringComparison.OrdinalIgnoreCase) && h.Value.AsString?.Equals("true", StringComparison.OrdinalIgnoreCase) == true);
        foreach (var header in headers)
        {
            var reflected = header.Value is PythonValue.Unknown { Text: var text } && text.Contains("origin", StringComparison.OrdinalIgnoreCase);
            if (!reflected && header.Value.AsString != "*") continue;
            var critical = reflected && headerCredentials;
            project.Report(header.Location, reflected
                    ? "Access-Control-Allow-Origin reflects the request's Origin: any site is allowed" + (critical ? $"; Access-Control-Allow-Credentials is true, so {ActsAsUser}" : "")
                    : "Access-Control-Allow-Origin is '*'",
                severity: critical ? Severity.Critical : null);
            found = true;
        }

        // ALLOWED_ORIGINS=["*"] in an env file: what the settings above read in that environment.
        foreach (var setting in project.Facts.Get(FactKeys.ConfigValues).Where(v => v.ScopeKind == ConfigScopeKind.EnvFile
                     && v.Name.Contains("ORIGIN", StringComparison.Ordinal) && v.Value.AsString is { } text && EnvAllowsAny(text)))
        {
            // Critical when a policy that reads this setting allows credentials.
            var credentials = policies.Any(p => p.Credentials && p.OriginsReference == setting.Name);
            project.Report(setting.Value.Location, $"{setting.Name} in {setting.Scope} allows any origin ({setting.Value})" + (credentials ? $"; the CORS policy reading it allows credentials, so {ActsAsUser}" : ""),
                severity: credentials ? Severity.Critical : null);
            found = true;
        }

        return found ? CheckOutcome.Fail() : CheckOutcome.Pass($"{policies.Count + headers.Count} CORS polic(ies) with explicit origins");
    }

    private const string ActsAsUser = "any site can act as the signed-in user (critical)";

    // allow_origins=settings.ALLOWED_ORIGINS: the production value of ALLOWED_ORIGINS (its default when read from the environment).
    private static PythonValue Resolve(CorsFact policy, ProductionConfig config, ProjectFacts facts)
    {
        if (policy.Origins is not PythonValue.Unknown || policy.OriginsReference is not { } name) return policy.Origins;
        var setting = config.Get(name) ?? facts.Get(FactKeys.ConfigValues).FirstOrDefault(v => v.Name == name);
        return setting?.Value.WhenUnset ?? policy.Origins;
    }

    private static bool EnvAllowsAny(string text) =>
        text.Trim('[', ']', ' ').Split(',').Any(o => o.Trim().Trim('"', '\'', ' ') is "*" or ".*");

    private static bool AllowsAny(PythonValue origins) => origins switch
    {
        PythonValue.StringList list => list.Items.Any(o => o.Trim() is "*" or ".*"),
        PythonValue.Literal { AsString: { } text } => text.Split(',').Any(o => o.Trim() is "*" or ".*"),
        _ => false,
    };
}
