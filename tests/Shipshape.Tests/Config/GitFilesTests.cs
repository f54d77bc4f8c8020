using System.Diagnostics;
using Shipshape.Config.Git;

namespace Shipshape.Tests.Config;

/// <summary>Runs real git in a temporary repository.</summary>
public sealed class GitFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("shipshape-git-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(root);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void Tracked_files_are_those_git_has_in_its_index()
    {
        Write(".env", "SECRET=1");
        Write("app/.env.production", "SECRET=2");
        Write(".env.local", "SECRET=3");
        Git("init", "-q");
        Git("add", ".env", "app/.env.production");

        var tracked = GitTrackedFiles.Load(root)!;

        Assert.True(tracked.IsTracked(".env"));
        Assert.True(tracked.IsTracked("app/.env.production"));
        Assert.False(tracked.IsTracked(".env.local"));
    }

    [Fact]
    public void A_directory_outside_git_gives_no_answer()
    {
        Assert.Null(GitTrackedFiles.Load(root));
    }

    [Fact]
    public void Ignore_rules_from_nested_gitignores_and_ignored_parents_apply()
    {
        Write(".gitignore", ".env\n*.local\nsecrets/\n");
        Write("deploy/.gitignore", ".env.production\n");

        var rules = new GitIgnoreRules(root);

        Assert.True(rules.IsIgnored(".env"));
        Assert.True(rules.IsIgnored("service/.env"));
        Assert.True(rules.IsIgnored(".env.local"));
        Assert.True(rules.IsIgnored("secrets/keys/.env.example"));
        Assert.True(rules.IsIgnored("deploy/.env.production"));
        Assert.False(rules.IsIgnored(".env.production"));
        Assert.False(rules.IsIgnored(".env.example"));
    }

    [Fact]
    public void Without_a_gitignore_nothing_is_ignored()
    {
        Assert.False(new GitIgnoreRules(root).IsIgnored(".env"));
    }
}
