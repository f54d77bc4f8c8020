using Shipshape.Cli.Tests.Support;
using Shipshape.Model;
using YamlDotNet.RepresentationModel;

namespace Shipshape.Cli.Tests;

/// <summary>The documented CI integrations run as written: the workflow's and the pre-commit hook's shipshape commands.</summary>
public sealed class CiIntegrationTests : IDisposable
{
    private static readonly string Sample = RepositoryPaths.Sample("leoc", "before");
    private readonly TempFolder _temp = new();

    [Fact]
    public void Workflow_uploads_the_sarif_file_its_scan_writes()
    {
        var steps = WorkflowSteps();
        var upload = steps.Single(s => Scalar(s, "uses")?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        var sarifFile = Scalar((YamlMappingNode)upload.Children[new YamlScalarNode("with")], "sarif_file")!;

        var scans = steps.Select(s => Scalar(s, "run")).OfType<string>().Where(r => r.StartsWith("shipshape scan", StringComparison.Ordinal)).ToList();

        Assert.Contains(scans, r => r.Contains($"--format sarif -o {sarifFile}", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipshape_command_of_the_workflow_runs_on_a_sample()
    {
        var commands = WorkflowSteps().Select(s => Scalar(s, "run")).OfType<string>()
            .Where(r => r.StartsWith("shipshape ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);

        foreach (var command in commands)
        {
            // The workflow scans the checkout ("."); here the sample stands in for it, and files go to a temp folder.
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(a => a == "." ? Sample : a.StartsWith("shipshape.", StringComparison.Ordinal) ? _temp.Path(a) : a).ToArray();

            var run = CliRunner.Run(args);

            Assert.True(run.ExitCode is 0 or 1, $"`{command}` → exit {run.ExitCode}: {run.Error}");
        }
        Assert.True(File.Exists(_temp.Path("shipshape.sarif")));
        Assert.True(File.Exists(_temp.Path("shipshape.html")));
    }

    [Fact]
    public void Pre_commit_hook_runs_the_installed_command_on_the_repository()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".pre-commit-hooks.yaml"))));
        var hook = (YamlMappingNode)((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Single();

        Assert.Equal("shipshape", Scalar(hook, "id"));
        Assert.Equal("system", Scalar(hook, "language"));
        var entry = Scalar(hook, "entry")!.Split(' ');
        Assert.Equal("shipshape", entry[0]);
        var run = CliRunner.Run([.. entry.Skip(1).Select(a => a == "." ? Sample : a)]);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
    }

    [Fact]
    public void Version_option_prints_the_tool_version()
    {
        var run = CliRunner.RunProcess("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(ToolInfo.Current.Version, run.Out.Trim());
    }

    public void Dispose() => _temp.Dispose();

    private static List<YamlMappingNode> WorkflowSteps()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "ci", "shipshape.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("jobs")];
        return jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>())
            .ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value?.Trim() : null;
}
