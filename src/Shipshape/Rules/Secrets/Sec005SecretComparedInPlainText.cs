using Shipshape.Discovery;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Secrets;

/// <summary>SEC005: request data compared with a stored secret using <c>==</c>.</summary>
public sealed class Sec005SecretComparedInPlainText : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Sec005,
        Name: "secret-compared-with-equals",
        Category: Categories.Secrets,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks for request data compared with a secret-named value using `==` or `!=` "
            + "(`request.form.get('unlock_key') == UNLOCK_KEY`, `== app.config['API_KEY']`): the secret is kept unhashed "
            + "and compared in variable time.",
        Why: "`==` stops at the first differing character, so response times leak how much of a guess is right; and a "
            + "secret kept in clear text to compare against is exposed by any configuration or memory leak. Unlock and API "
            + "keys deserve the same care as passwords.",
        Fix: "Store a hash of the key (`generate_password_hash(key)`) and verify it with `check_password_hash`, or at least "
            + "compare with `hmac.compare_digest(submitted.encode(), expected.encode())`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "if request.form.get('unlock_key') == app.config['UNLOCK_KEY']:\n    unlock(record)",
                Passing: "if check_password_hash(app.config['UNLOCK_KEY_HASH'], request.form.get('unlock_key', '')):\n    unlock(record)"),
        ],
        References:
        [
            RuleReference.Cwe(208, "Observable Timing Discrepancy"),
            RuleReference.Cwe(256, "Plaintext Storage of a Password"),
            RuleReference.Asvs("2.4.1", "Passwords are stored in a form that is resistant to offline attacks"),
            new RuleReference("Python docs: hmac.compare_digest", "https://docs.python.org/3/library/hmac.html#hmac.compare_digest"),
        ])
    {
        Requirement = "Secrets from requests are verified against a hash in constant time",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        foreach (var scoped in file.Parsed<PythonIndex>().Nodes)
        {
            if (scoped.Node is not Compare compare || !SecretComparison.IsRequestAgainstSecret(compare, file.Python.Semantics)) continue;
            file.Report(file.LocationOf(compare.Range), "A secret from the request is compared with `==` against a value kept in clear text: use a hash and a constant-time check");
        }
    }
}
