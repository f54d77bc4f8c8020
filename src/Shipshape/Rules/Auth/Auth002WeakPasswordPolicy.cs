using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Abuse;

namespace Shipshape.Rules.Auth;

/// <summary>AUTH002: a minimum password length below the threshold, or none where users register.</summary>
public sealed class Auth002WeakPasswordPolicy : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth002,
        Name: "weak-password-policy",
        Category: Categories.Auth,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks minimum password lengths (WTForms `Length(min=...)` on a password field, pydantic `min_length`, "
            + "Django's `MinimumLengthValidator`, a `PASSWORD_MIN_LENGTH` setting) against the threshold (`thresholds.min_password_length`, default 8), and "
            + "that an app with a registration route sets one at all.",
        Why: "Short passwords fall to guessing and credential stuffing within minutes; NIST SP 800-63B asks for at least 8 "
            + "characters (15 for passwords used alone without another factor).",
        Fix: "Require at least 8 characters (`Length(min=8)`, `Field(min_length=8)`, Django's `MinimumLengthValidator` with "
            + "`min_length: 8` or more) and check new passwords against a breached-password list.",
        Examples:
        [
            new RuleExample("Flask (WTForms)", "python",
                Failing: "password = PasswordField('Password', validators=[DataRequired(), Length(min=6)])",
                Passing: "password = PasswordField('Password', validators=[DataRequired(), Length(min=8, max=128)])"),
            new RuleExample("Django", "python",
                Failing: "{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 6}}",
                Passing: "{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 10}}"),
        ],
        References:
        [
            RuleReference.Cwe(521, "Weak Password Requirements"),
            RuleReference.Asvs("2.1.1", "User set passwords are at least 12 characters in length"),
            new RuleReference("NIST SP 800-63B, 5.1.1.2 Memorized Secret Verifiers", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecretver"),
        ])
    {
        Requirement = "Passwords have a minimum length of at least the threshold (8)",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var minimum = project.Thresholds.MinPasswordLength;
        // A PASSWORD_MIN_LENGTH setting counts too: custom validators usually read it.
        var configured = ProductionConfig.From(project.Facts).Values
            .Where(v => v.Name.Contains("PASSWORD", StringComparison.Ordinal) && v.Name.Contains("MIN", StringComparison.Ordinal) && v.Value.WhenUnset?.AsInteger is not null)
            .Select(v => new PasswordPolicyFact((int)v.Value.WhenUnset!.AsInteger!.Value, $"{v.Scope}.{v.Name}", v.Value.WhenUnset!.Location));
        var policies = project.Facts.Get(FactKeys.PasswordPolicies).Where(p => !PythonModuleName.IsTest(p.Location.Path)).Concat(configured).ToList();
        var weak = policies.Where(p => p.MinLength < minimum).ToList();
        foreach (var policy in weak)
            project.Report(policy.Location, $"Minimum password length is {policy.MinLength} ({policy.Source}); the threshold is {minimum}");
        if (weak.Count > 0) return CheckOutcome.Fail();
        if (policies.Count > 0) return CheckOutcome.Pass(string.Join(", ", policies.Select(p => $"{p.MinLength} ({p.Source})")));

        var registration = project.Facts.Get(FactKeys.Routes).FirstOrDefault(r => r.IsStateChanging && AuthenticationRoutes.IsAuthentication(r)
            && (r.Path.Contains("regist", StringComparison.OrdinalIgnoreCase) || r.Path.Contains("signup", StringComparison.OrdinalIgnoreCase)));
        if (registration is null) return CheckOutcome.NotApplicable("no password policy and no registration route found");
        project.Report(registration.HandlerLocation, $"{registration.Path} ({registration.Handler}) registers users but no minimum password length was found "
            + "(WTForms Length, pydantic min_length, Django MinimumLengthValidator)");
        return CheckOutcome.Fail();
    }
}
