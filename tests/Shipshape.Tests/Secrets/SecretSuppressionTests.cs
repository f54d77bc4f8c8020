using Shipshape.Tests.Support;

namespace Shipshape.Tests.Secrets;

/// <summary>An inline <c># shipshape: ignore[SEC004] reason</c> in an env file silences that secret only.</summary>
public sealed class SecretSuppressionTests
{
    [Fact]
    public void Suppressed_secrets_keep_their_reason_and_the_others_still_count()
    {
        var report = Scans.Run(TestPaths.Fixture("config", "suppressed-secret"), only: new HashSet<string> { "SEC004" });

        var findings = report.Findings.Where(f => f.RuleId == "SEC004").ToList();
        Assert.Equal([1, 3, 4], findings.Select(f => f.Location!.StartLine));
        Assert.Equal([false, false, true], findings.Select(f => f.IsCounted));
        Assert.Contains("demo instance", findings[0].Suppression!.Reason);
        Assert.DoesNotContain("admin123", findings[0].Snippet);
    }
}
