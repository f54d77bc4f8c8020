using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Config;

/// <summary>A scan over broken configuration files reports parse problems and goes on.</summary>
public sealed class MalformedConfigScanTests
{
    private static readonly Report Report = Scans.Run(TestPaths.Fixture("config", "malformed"));

    [Theory]
    [InlineData("docker-compose.yml", "invalid YAML")]
    [InlineData("Dockerfile", "unterminated heredoc")]
    [InlineData("pyproject.toml", "Expecting a closing `]` for an array")]
    [InlineData("Procfile", "not a 'type: command' line")]
    [InlineData(".env", "binary content: this env file cannot be read")]
    public void Each_broken_file_gets_a_parse_diagnostic(string path, string message)
    {
        Assert.Contains(Report.Diagnostics, d => d.Kind == DiagnosticKind.ParseError && d.Path == path && d.Message.Contains(message));
    }

    [Fact]
    public void A_binary_env_file_is_a_parse_problem_not_a_skipped_file()
    {
        Assert.DoesNotContain(Report.Skipped, s => s.Path == ".env");
        Assert.Single(Report.Diagnostics, d => d.Path == ".env");
    }

    [Fact]
    public void No_rule_fails_internally_and_the_dockerfile_is_still_checked()
    {
        Assert.DoesNotContain(Report.Diagnostics, d => d.Kind == DiagnosticKind.InternalError);
        Assert.Contains(Report.Findings, f => f.RuleId == "DEP001" && f.Location?.Path == "Dockerfile");
    }
}
