using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Auth;

/// <summary>AUTH005: JWTs without expiry, with verification disabled, accepting 'none', or with no revocation path.</summary>
public sealed class Auth005WeakJwt : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth005,
        Name: "weak-jwt-handling",
        Category: Categories.Auth,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks JWT code (PyJWT, python-jose, Flask-JWT-Extended): `jwt.encode` with a payload literal that has no "
            + "`exp`, `create_access_token(expires_delta=False)`, `jwt.decode` with `verify=False` or "
            + "`options={'verify_signature': False}`, an `algorithms` list containing `none`; and, when tokens are issued, "
            + "that some revocation path exists (a blocklist check, `token_in_blocklist_loader`, a revoked-token store).",
        Why: "A token without expiry is valid for ever once stolen; disabled verification accepts tokens anyone made; "
            + "without revocation, logout and password changes do not end existing sessions.",
        Fix: "Put `exp` (and `jti`) in every token, keep access tokens short-lived, always verify with an explicit "
            + "algorithm list, and check a blocklist (Redis with a TTL of the token's remaining life) on use.",
        Examples:
        [
            new RuleExample("FastAPI", "python",
                Failing: "def create_refresh_token(subject):\n    return jwt.encode({'sub': subject, 'type': 'refresh'}, KEY, algorithm='HS256')",
                Passing: "def create_refresh_token(subject):\n    expire = datetime.now(timezone.utc) + timedelta(days=7)\n    return jwt.encode({'sub': subject, 'type': 'refresh', 'exp': expire, 'jti': uuid4().hex}, KEY, algorithm='HS256')"),
        ],
        References:
        [
            RuleReference.Cwe(613, "Insufficient Session Expiration"),
            RuleReference.Cwe(347, "Improper Verification of Cryptographic Signature"),
            RuleReference.Asvs("3.5.3", "Stateless session tokens use digital signatures, encryption, and other countermeasures to protect against tampering"),
            new RuleReference("RFC 8725: JSON Web Token Best Current Practices", "https://www.rfc-editor.org/rfc/rfc8725"),
        ])
    {
        Requirement = "JWTs expire, are verified, and can be revoked",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var tokens = project.Facts.Get(FactKeys.Jwts).Where(j => !PythonModuleName.IsTest(j.Location.Path)).ToList();
        if (tokens.Count == 0) return CheckOutcome.NotApplicable("no JWT encode or decode found");
        var revocable = project.Facts.Get(FactKeys.Protections).Any(p => p.Kind == ProtectionKind.TokenRevocation);
        var revocationNote = revocable ? "" : "; no revocation path (blocklist check or revoked-token store) exists anywhere";
        var problems = tokens.Where(t => t.Problem is not null).ToList();
        foreach (var (token, index) in problems.Select((t, i) => (t, i)))
            project.Report(token.Location, $"JWT {token.Operation}: {token.Problem}" + (index == 0 ? revocationNote : ""));
        if (problems.Count == 0 && !revocable && tokens.FirstOrDefault(t => t.Operation == "encode") is { } issued)
        {
            project.Report(issued.Location, "JWTs are issued but no revocation path (blocklist check or revoked-token store) exists: logout cannot end a session");
            return CheckOutcome.Fail();
        }

        return problems.Count > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass("tokens expire, are verified, and a revocation path exists");
    }
}
