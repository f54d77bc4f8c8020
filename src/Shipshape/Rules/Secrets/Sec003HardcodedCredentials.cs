using Shipshape.Config.Env;
using Shipshape.Discovery;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Secrets;
using Attribute = Shipshape.Python.Ast.Attribute;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Secrets;

/// <summary>SEC003: default or hard-coded credentials (passwords, unlock/master/API keys).</summary>
public sealed class Sec003HardcodedCredentials : IFileRule
{
    private static readonly string[] CredentialWords = ["password", "passwd", "pwd", "unlock_key", "master_key", "admin_key", "api_key", "apikey", "access_key", "admin_pass"];
    private static readonly string[] NotCredentialWords = ["hash", "field", "label", "url", "path", "template", "message", "msg", "prompt", "help", "error", "reset", "min", "max", "length", "policy", "regex", "pattern", "column", "name", "env"];
    private static readonly HashSet<string> DefaultPasswords = new(StringComparer.OrdinalIgnoreCase)
        { "admin", "admin123", "password", "password1", "changeme", "change_me", "123456", "12345678", "secret", "letmein", "root", "test", "qwerty", "default", "guest" };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Sec003,
        Name: "hardcoded-credentials",
        Category: Categories.Secrets,
        Severity: Severity.Critical,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks application code (tests excluded) for credentials written as literals: `password='admin123'` "
            + "passed to a call, a password, unlock, master or API key assigned a string; and env files for credential "
            + "variables holding a well-known default or a value shorter than 8 characters (`UNLOCK_KEY=admin123`).",
        Why: "A default administrator password or unlock key is the first thing an attacker tries, and everyone who has "
            + "the repository knows it. Accounts created at start with a literal password keep it until someone notices.",
        Fix: "Read credentials from the environment or a secret store with no default (`os.environ['ADMIN_PASSWORD']`), "
            + "create the first administrator with a one-off command that asks for the password, and force a change at first login.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "create_user(username='admin', password='admin123', role='admin')",
                Passing: "create_user(username=os.environ['ADMIN_USERNAME'], password=os.environ['ADMIN_PASSWORD'], role='admin',\n            must_change_password=True)"),
            new RuleExample("env file", "shell",
                Failing: "UNLOCK_KEY=admin123",
                Passing: "# UNLOCK_KEY is set in the deployment's secret store"),
        ],
        References:
        [
            RuleReference.Cwe(798, "Use of Hard-coded Credentials"),
            RuleReference.Cwe(1392, "Use of Default Credentials"),
            RuleReference.Asvs("2.5.4", "Shared or default accounts are not present"),
        ])
    {
        Requirement = "No default or hard-coded passwords, unlock or API keys",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python, FileKind.Env };

    public void Check(FileContext file)
    {
        if (PythonModuleName.IsTest(file.Path)) return;
        if (file.Kind == FileKind.Env) CheckEnv(file);
        else CheckPython(file);
    }

    private static void CheckPython(FileContext file)
    {
        var semantics = file.Python.Semantics;
        foreach (var (node, _, _, _) in file.Parsed<PythonIndex>().Nodes)
        {
            var (name, value) = node switch
            {
                Keyword { Arg: { } arg } keyword => (arg, keyword.Value),
                Assign { Targets: [Name target], Value: var v } => (target.Id, v),
                Assign { Targets: [Attribute target], Value: var v } => (target.Attr, v),
                AnnAssign { Target: Name target, Value: { } v } => (target.Id, v),
                _ => (null, null),
            };
            if (name is null || value is not Constant || !IsCredentialName(name)) continue;
            if (semantics.StaticString(value) is not { Length: > 0 } literal) continue;
            file.Report(file.LocationOf(node.Range), $"Hard-coded credential: `{name}` is the literal '{SecretMask.Mask(literal)}'", secret: literal);
        }
    }

    private static void CheckEnv(FileContext file)
    {
        foreach (var entry in file.Parsed<EnvSource>().Env.Entries.Where(e => !e.IsInterpolated && IsCredentialName(e.Key)))
        {
            var value = entry.Value.Trim();
            if (value.Length == 0 || (!DefaultPasswords.Contains(value) && value.Length >= 8)) continue;
            file.Report(file.LocationOfLine(entry.Position.Line),
                $"{entry.Key} in {file.Path} is {(DefaultPasswords.Contains(value) ? "a well-known default" : $"only {value.Length} characters")} ('{SecretMask.Mask(value)}')",
                secret: value);
        }
    }

    private static bool IsCredentialName(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower is "pass" || (CredentialWords.Any(lower.Contains) && !NotCredentialWords.Any(lower.Contains));
    }
}
