using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Abuse;

/// <summary>RATE004: no account lockout or back-off after failed logins.</summary>
public sealed class Rate004NoAccountLockout : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Rate004,
        Name: "no-account-lockout",
        Category: Categories.Abuse,
        Severity: Severity.Medium,
        Confidence: Confidence.Low,
        Kind: RuleKind.Static,
        Summary: "Checks that code which verifies passwords (calls `check_password_hash`, `verify_password`, "
            + "`bcrypt.checkpw`, `pwd_context.verify`, ...) is accompanied by a lockout or back-off: a failed-attempt "
            + "counter or a locked-until time on the account (`failed_login_attempts`, `locked_until`). Names are the only "
            + "evidence, so confidence is low.",
        Why: "Per-IP rate limits do not stop a botnet that spreads guesses over many addresses against one account; "
            + "a per-account lockout (or growing delay) does.",
        Fix: "Count failed attempts per account and lock it for a while after a threshold (for example 5 failures, "
            + "15 minutes), reset the counter on success, and log lockouts.",
        Examples:
        [
            new RuleExample("FastAPI", "python",
                Failing: "def authenticate(db, email, password):\n    user = get_user(db, email)\n    if not user or not verify_password(password, user.hashed_password):\n        raise HTTPException(401)",
                Passing: "def authenticate(db, email, password):\n    user = get_user(db, email)\n    if user and user.locked_until and user.locked_until > now():\n        raise HTTPException(423)\n    if not user or not verify_password(password, user.hashed_password):\n        user.failed_login_attempts += 1\n        ..."),
        ],
        References:
        [
            RuleReference.Cwe(307, "Improper Restriction of Excessive Authentication Attempts"),
            RuleReference.Asvs("2.2.1", "Anti-automation controls are effective at mitigating breached credential testing, brute force, and account lockout attacks"),
        ])
    {
        Requirement = "Failed logins lead to account lockout or back-off",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var checks = project.Facts.Get(FactKeys.CredentialChecks).Where(c => !PythonModuleName.IsTest(c.Location.Path)).ToList();
        if (checks.Count == 0) return CheckOutcome.NotApplicable("no password verification found");
        var lockout = project.Facts.Get(FactKeys.Protections).FirstOrDefault(p => p.Kind == ProtectionKind.Lockout);
        if (lockout is not null) return CheckOutcome.Pass($"lockout state '{lockout.Detail}' at {lockout.Location}");
        foreach (var check in checks)
            project.Report(check.Location, $"{check.Function}() verifies passwords ({check.Check}) but no failed-attempt counter or lock-until time exists anywhere");
        return CheckOutcome.Fail();
    }
}
