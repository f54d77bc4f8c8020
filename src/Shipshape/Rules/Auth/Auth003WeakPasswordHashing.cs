using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Rules.Auth;

/// <summary>AUTH003: passwords hashed with a fast digest (or a weak scheme) instead of a password hash.</summary>
public sealed class Auth003WeakPasswordHashing : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth003,
        Name: "weak-password-hashing",
        Category: Categories.Auth,
        Severity: Severity.Critical,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks how passwords are hashed: `hashlib.md5/sha1/sha256(...)` applied to a password, passlib contexts "
            + "with only legacy schemes, or `generate_password_hash(method=...)` with a non-PBKDF2/scrypt method fail; "
            + "bcrypt, argon2, scrypt, PBKDF2, Werkzeug's and Django's defaults pass.",
        Why: "A fast digest is computed billions of times a second on a GPU, and without a salt identical passwords share a "
            + "hash: after a database leak most passwords are recovered within hours and reused against other sites.",
        Fix: "Use a password hash with a salt and a work factor: `bcrypt.hashpw(pw, bcrypt.gensalt(12))`, passlib "
            + "`CryptContext(schemes=['bcrypt'])`, argon2-cffi, or Werkzeug's `generate_password_hash(pw)` defaults.",
        Examples:
        [
            new RuleExample("FastAPI", "python",
                Failing: "def hash_password(password: str) -> str:\n    return hashlib.sha256(password.encode()).hexdigest()",
                Passing: "def hash_password(password: str) -> str:\n    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()"),
            new RuleExample("Flask", "python",
                Failing: "user.password = hashlib.md5(form.password.data.encode()).hexdigest()",
                Passing: "user.password_hash = generate_password_hash(form.password.data)"),
        ],
        References:
        [
            RuleReference.Cwe(916, "Use of Password Hash With Insufficient Computational Effort"),
            RuleReference.Cwe(759, "Use of a One-Way Hash without a Salt"),
            RuleReference.Asvs("2.4.1", "Passwords are stored in a form that is resistant to offline attacks"),
            new RuleReference("OWASP Password Storage Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html"),
        ])
    {
        Requirement = "Passwords are stored with a slow salted hash (bcrypt, argon2, scrypt, PBKDF2)",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var hashes = project.Facts.Get(FactKeys.PasswordHashes);
        if (hashes.Count == 0) return CheckOutcome.NotApplicable("no password hashing found (hashlib on passwords, bcrypt, passlib, argon2, Werkzeug, Django)");
        var weak = hashes.Where(h => h.Weak).ToList();
        foreach (var hash in weak)
            project.Report(hash.Location, $"Passwords are hashed with {hash.Scheme}: fast to brute-force after a leak");
        return weak.Count > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass(string.Join(", ", hashes.Select(h => h.Scheme).Distinct()));
    }
}
