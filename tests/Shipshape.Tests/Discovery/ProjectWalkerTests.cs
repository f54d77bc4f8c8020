using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Discovery;

public sealed class ProjectWalkerTests : IDisposable
{
    private readonly TempTree _tree = new();

    private IReadOnlyList<string> Walk(DiscoveryOptions? options = null) =>
        new ProjectWalker(options ?? DiscoveryOptions.Default).Walk(_tree.Root).Files.Select(f => f.File.Path).ToList();

    [Fact]
    public void Gitignore_files_at_every_level_are_honoured()
    {
        _tree.File(".gitignore", "*.log\nsecrets/\n")
            .File("app.py", "")
            .File("debug.log", "")
            .File("secrets/key.py", "")
            .File("web/.gitignore", "generated.py\n")
            .File("web/generated.py", "")
            .File("web/views.py", "")
            .File("other/generated.py", "");

        Assert.Equal([".gitignore", "app.py", "other/generated.py", "web/.gitignore", "web/views.py"], Walk());
    }

    [Fact]
    public void Configured_excludes_use_gitignore_syntax()
    {
        _tree.File("app.py", "").File("migrations/versions/001.py", "").File("scripts/seed.py", "");

        Assert.Equal(["app.py"], Walk(new DiscoveryOptions(["migrations/versions/**", "scripts/"])));
    }

    [Fact]
    public void Vendored_and_generated_folders_are_left_out_but_ci_folders_are_kept()
    {
        _tree.File("app.py", "")
            .File(".git/config", "")
            .File("node_modules/x/index.js", "")
            .File("__pycache__/app.cpython-311.pyc", "")
            .File("build/lib/app.py", "")
            .File("dist/app.tar.gz", "")
            .File("env/pyvenv.cfg", "home = /usr/bin")            // a virtualenv under any name
            .File("env/lib/python3.11/site-packages/flask/__init__.py", "")
            .File("app.egg-info/PKG-INFO", "")
            .File(".github/workflows/ci.yml", "on: push\n");

        Assert.Equal([".github/workflows/ci.yml", "app.py"], Walk());
    }

    [Fact]
    public void Files_over_the_size_limit_are_skipped_and_listed()
    {
        _tree.File("small.py", "x = 1\n").File("big.py", new string('x', 2048));

        var result = new ProjectWalker(new DiscoveryOptions([], MaxFileSize: 1024)).Walk(_tree.Root);

        Assert.Equal(["small.py"], result.Files.Select(f => f.File.Path));
        Assert.Equal([new SkippedFile("big.py", SkipReasons.TooLarge)], result.Skipped);
    }

    [Fact]
    public void A_link_to_a_folder_inside_the_root_is_walked_once()
    {
        _tree.File("real/a.py", "");
        Directory.CreateSymbolicLink(_tree.Path("alias"), _tree.Path("real"));

        var files = Walk();

        Assert.Single(files, p => p.EndsWith("a.py", StringComparison.Ordinal));
    }

    public void Dispose() => _tree.Dispose();
}
