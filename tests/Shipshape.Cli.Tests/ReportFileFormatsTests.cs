using System.Text.Json;
using System.Xml.Linq;
using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

/// <summary>`scan -o FILE` picks SARIF, JUnit and HTML from the extension, and `--format` names them.</summary>
public sealed class ReportFileFormatsTests : IDisposable
{
    private static readonly string Sample = RepositoryPaths.Sample("leoc", "before");
    private readonly TempFolder _temp = new();

    [Fact]
    public void Sarif_from_the_extension()
    {
        var file = _temp.Path("report.sarif");

        Assert.Equal(0, CliRunner.Run("scan", Sample, "--fail-on", "none", "-o", file).ExitCode);

        using var sarif = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Junit_from_the_xml_extension()
    {
        var file = _temp.Path("report.xml");

        Assert.Equal(0, CliRunner.Run("scan", Sample, "--fail-on", "none", "-o", file).ExitCode);

        Assert.Equal("testsuites", XDocument.Load(file).Root!.Name.LocalName);
    }

    [Fact]
    public void Html_from_the_extension()
    {
        var file = _temp.Path("report.html");

        Assert.Equal(0, CliRunner.Run("scan", Sample, "--fail-on", "none", "-o", file).ExitCode);

        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("sarif", "\"$schema\"")]
    [InlineData("junit", "<testsuites")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Format_option_writes_to_stdout_without_a_file(string format, string expected)
    {
        var run = CliRunner.Run("scan", Sample, "--fail-on", "none", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Out);
    }

    public void Dispose() => _temp.Dispose();
}
