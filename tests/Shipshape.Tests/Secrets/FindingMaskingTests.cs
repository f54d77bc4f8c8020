using Shipshape.Tests.Support;

namespace Shipshape.Tests.Secrets;

/// <summary>A credential on a line another rule reports is masked in that finding too, not only in SEC004's.</summary>
public sealed class FindingMaskingTests
{
    [Fact]
    public void A_debug_finding_on_a_line_holding_an_aws_key_shows_the_key_masked()
    {
        using var tree = new TempTree().File("Dockerfile", "FROM python:3.12-slim\nENV FLASK_DEBUG=1 AWS_ACCESS_KEY_ID=AKIA4HQZ7N2KXW3PLM5T\nUSER app\n");

        var report = Scans.Run(tree.Root, only: new HashSet<string> { "DBG001" });

        var finding = Assert.Single(report.Findings);
        Assert.Equal(2, finding.Location!.StartLine);
        Assert.DoesNotContain("AKIA4HQZ7N2KXW3PLM5T", finding.Snippet + finding.Message);
        Assert.Contains("AWS_ACCESS_KEY_ID=AKIA… (20 chars)", finding.Snippet);
    }
}
