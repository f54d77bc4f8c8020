using Shipshape.Model;
using Shipshape.Settings;

namespace Shipshape.Tests.Settings;

public sealed class SettingsLoaderTests
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string> { "QA001", "QA003", "ERR001" };

    private static ShipshapeSettings Parse(string yaml) => SettingsLoader.Parse(yaml, ".shipshape.yml", Known);

    [Fact]
    public void Reads_every_section()
    {
        var settings = Parse("""
            exclude:
              - "migrations/**"
            rules:
              QA003: off
              err001: high
              QA001: on
            thresholds:
              min_password_length: 12
              max_file_size: 512KiB
            fail_on: medium
            """);

        Assert.Equal(["migrations/**"], settings.Excludes);
        Assert.False(settings.IsEnabled("QA003"));
        Assert.True(settings.IsEnabled("QA001"));
        Assert.Equal(new RuleOverride(true, Severity.High), settings.Rules["ERR001"]);
        Assert.Equal(12, settings.Thresholds.MinPasswordLength);
        Assert.Equal(512 * 1024, settings.Thresholds.MaxFileSize);
        Assert.Equal(Severity.Medium, settings.FailOn!.Threshold);
    }

    [Fact]
    public void An_empty_file_means_defaults() => Assert.Equal(ShipshapeSettings.Default, Parse(""));

    [Fact]
    public void The_init_template_parses_to_the_defaults_it_claims()
    {
        var settings = SettingsLoader.Parse(SettingsTemplate.Text, "template", Known);

        Assert.Equal(Thresholds.Default, settings.Thresholds);
        Assert.Equal(FailOn.Default, settings.FailOn);
        Assert.Empty(settings.Rules);
    }

    [Theory]
    [InlineData("colour: red\n", ".shipshape.yml:1: unknown key 'colour' (expected exclude, rules, thresholds, fail_on)")]
    [InlineData("fail_on: sometimes\n", ".shipshape.yml:1: fail_on must be one of critical, high, medium, low, none")]
    [InlineData("rules:\n  XYZ999: off\n", ".shipshape.yml:2: unknown rule id 'XYZ999' under rules (see `shipshape rules`)")]
    [InlineData("rules:\n  QA001: loud\n", ".shipshape.yml:2: rules.QA001 must be off, on, or a severity (critical, high, medium, low, info)")]
    [InlineData("thresholds:\n  min_password_length: -3\n", ".shipshape.yml:2: thresholds.min_password_length must be a whole number from 1 to 1023")]
    [InlineData("thresholds:\n  max_file_size: huge\n", ".shipshape.yml:2: thresholds.max_file_size must be a size such as 2097152, 512KiB or 2MiB")]
    [InlineData("thresholds:\n  max_depth: 3\n", ".shipshape.yml:2: unknown key 'max_depth' (expected min_password_length, max_file_size)")]
    [InlineData("exclude: build/\n", ".shipshape.yml:1: exclude must be a list")]
    [InlineData("- just\n- a list\n", ".shipshape.yml:1: the top level must be a mapping (key: value)")]
    public void Bad_settings_are_one_line_errors_with_file_and_line(string yaml, string message)
    {
        var error = Assert.Throws<InputException>(() => Parse(yaml));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Broken_yaml_names_the_line()
    {
        var error = Assert.Throws<InputException>(() => Parse("exclude:\n  - [unclosed\n"));

        Assert.StartsWith(".shipshape.yml:", error.Message);
        Assert.Contains("invalid YAML", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
