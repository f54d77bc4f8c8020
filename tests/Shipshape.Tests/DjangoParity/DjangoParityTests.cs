using System.Text.RegularExpressions;
using Shipshape.Model;
using Shipshape.Tests.SeedParity;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.DjangoParity;

/// <summary>
/// Our Django findings against Django's own deploy checks on samples/django: every security.W0xx
/// warning Django prints corresponds to exactly one finding of the mapped rule that cites it, and no
/// finding cites a warning Django did not print.
/// </summary>
public sealed partial class DjangoParityTests
{
    // Which of our rules answers each of Django 3.2's deploy warnings.
    private static readonly Dictionary<string, string> RuleOfWarning = new(StringComparer.Ordinal)
    {
        ["W001"] = RuleIds.Hdr005, ["W002"] = RuleIds.Hdr005, ["W003"] = RuleIds.Csrf001, ["W004"] = RuleIds.Hdr005,
        ["W005"] = RuleIds.Hdr005, ["W006"] = RuleIds.Hdr005, ["W008"] = RuleIds.Hdr005, ["W009"] = RuleIds.Sec001,
        ["W012"] = RuleIds.Auth004, ["W016"] = RuleIds.Auth004, ["W018"] = RuleIds.Dbg002, ["W019"] = RuleIds.Hdr005,
        ["W020"] = RuleIds.Hdr005, ["W021"] = RuleIds.Hdr005, ["W022"] = RuleIds.Hdr005,
    };

    [GeneratedRegex(@"Django security\.(W\d{3})")]
    private static partial Regex CitedWarning();

    [Theory]
    [InlineData("before")]
    [InlineData("after")]
    public void Findings_correspond_one_to_one_with_check_deploy_warnings(string state)
    {
        var project = Path.Combine(SampleTable.SamplesRoot, "django", state);
        var django = DjangoDeployCheck.Run(project, state == "after" ? DjangoDeployCheck.AfterEnvironment() : new Dictionary<string, string>());
        var ours = Scans.Run(project).Findings
            .Where(f => RuleOfWarning.ContainsValue(f.RuleId))
            .Select(f => (f.RuleId, Match: CitedWarning().Match(f.Message)))
            .Where(f => f.Match.Success)
            .Select(f => (Warning: f.Match.Groups[1].Value, f.RuleId))
            .ToList();

        Assert.Equal(django, ours.Select(o => o.Warning).Order(StringComparer.Ordinal).ToList());
        Assert.All(ours, o => Assert.Equal(RuleOfWarning[o.Warning], o.RuleId));
    }

    [Fact]
    public void Before_state_gives_django_warnings_at_all()
    {
        // Guards the test above against passing on two empty lists.
        Assert.NotEmpty(DjangoDeployCheck.Run(Path.Combine(SampleTable.SamplesRoot, "django", "before"), new Dictionary<string, string>()));
    }
}
