using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

public sealed class RuleCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Rules_lists_every_rule()
    {
        var run = CliRunner.Run("rules");

        Assert.Equal(0, run.ExitCode);
        foreach (var id in new[] { "ERR001", "QA001", "QA002", "QA003" }) Assert.Contains(id, run.Out);
    }

    [Fact]
    public void Explain_prints_the_docs_page_of_a_rule()
    {
        var run = CliRunner.Run("explain", "err001");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# ERR001: bare-except\n", run.Out);
        Assert.Contains("## Why is this bad?", run.Out);
    }

    [Fact]
    public void Explain_of_an_unknown_id_is_exit_2()
    {
        var run = CliRunner.Run("explain", "NOPE001");

        Assert.Equal("error: unknown rule id 'NOPE001' (see `shipshape rules`)", run.AssertUsageError());
    }

    [Fact]
    public void Write_docs_writes_one_page_per_rule()
    {
        var run = CliRunner.Run("rules", "--write-docs", _temp.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# QA003: no-ci-configuration", File.ReadAllText(_temp.Path("QA003.md")));
    }

    [Fact]
    public void Init_writes_a_config_and_refuses_to_overwrite_without_force()
    {
        var first = CliRunner.Run("init", _temp.Root);
        File.AppendAllText(_temp.Path(".shipshape.yml"), "# edited\n");
        var second = CliRunner.Run("init", _temp.Root);
        var forced = CliRunner.Run("init", _temp.Root, "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith("already exists (use --force to overwrite)", second.AssertUsageError());
        Assert.Equal(0, forced.ExitCode);
        Assert.DoesNotContain("# edited", File.ReadAllText(_temp.Path(".shipshape.yml")));
        Assert.Equal(0, CliRunner.Run("scan", _temp.Root).ExitCode); // the written file is valid config
    }

    [Fact]
    public void Unknown_options_are_exit_2_with_one_line()
    {
        var run = CliRunner.Run("rules", "--colour");

        run.AssertUsageError();
    }

    public void Dispose() => _temp.Dispose();
}
