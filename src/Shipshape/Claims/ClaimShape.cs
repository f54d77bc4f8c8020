namespace Shipshape.Claims;

/// <summary>The kinds of statement a readiness report makes, each recognised by one class in Shapes/.</summary>
public enum ClaimShape
{
    /// <summary>"Status: PRODUCTION READY", "Current Status: NOT PRODUCTION READY".</summary>
    Verdict,
    /// <summary>An audit's finding: a problem said to exist ("Debug Mode Enabled", file app.py:3662).</summary>
    AuditFinding,
    /// <summary>A ticked checklist item <c>- [x]</c>.</summary>
    Checklist,
    /// <summary>"Verification: ✓ All bare excepts eliminated".</summary>
    VerificationLine,
    /// <summary>A row of a "Before | After | Status" table.</summary>
    ScorecardRow,
    /// <summary>"handles hundreds of concurrent users".</summary>
    Capacity,
    /// <summary>A heading with a tick: "CSRF Protection ✅ FIXED".</summary>
    TickedHeading,
    /// <summary>A line with a tick or FIXED/IMPLEMENTED/READY/CONFIGURED/ENHANCED.</summary>
    StatusWord,
    /// <summary>A figure under a claimed heading: "Login: 10 attempts per minute", "Minimum 8 characters".</summary>
    Figure,
    /// <summary>A Python code block offered as a fix ("**Fix Required:**"): the claim is that the code fixes the problem.</summary>
    SuggestedFix,
}
