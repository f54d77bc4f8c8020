using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Discovery;

/// <summary>A tree built to break a naive walker: the scan must finish and say what it skipped and why.</summary>
public sealed class HostileTreeTests : IDisposable
{
    private readonly TempTree _tree = new();

    public HostileTreeTests()
    {
        _tree.File("app.py", "try:\n    run()\nexcept:\n    pass\n");
        _tree.File("pkg/module.py", "x = 1\n");
        Directory.CreateSymbolicLink(_tree.Path("pkg/loop"), _tree.Path("pkg"));          // cycle back to its parent
        Directory.CreateSymbolicLink(_tree.Path("etc-link"), "/etc");                     // leads out of the root
        File.CreateSymbolicLink(_tree.Path("passwd.py"), "/etc/passwd");                  // a file outside the root
        using (var huge = File.Create(_tree.Path("dump.sql"))) huge.SetLength(200L * 1024 * 1024); // sparse 200 MiB
        _tree.Bytes("latin1.py", [.. "name = '"u8.ToArray(), 0xE9, 0xE8, .. "'\n"u8.ToArray()]);  // invalid UTF-8
        _tree.Bytes("nul.bin", new byte[4096]);                                           // NUL-filled
        MakeFifo(_tree.Path("pipe.py"));                                                 // opening it would block
        _tree.File("secret.env", "KEY=value\n");
        File.SetUnixFileMode(_tree.Path("secret.env"), UnixFileMode.None);                // no read permission
    }

    [Fact]
    public void Scan_completes_and_lists_each_hostile_entry_with_its_reason()
    {
        var report = Scans.Run(_tree.Root);
        var skipped = report.Skipped.ToDictionary(s => s.Path, s => s.Reason);

        Assert.Equal(SkipReasons.SymlinkCycle, skipped["pkg/loop"]);
        Assert.Equal(SkipReasons.SymlinkOutsideRoot, skipped["etc-link"]);
        Assert.Equal(SkipReasons.SymlinkOutsideRoot, skipped["passwd.py"]);
        Assert.Equal(SkipReasons.TooLarge, skipped["dump.sql"]);
        Assert.Equal(SkipReasons.Binary, skipped["nul.bin"]);
        if (CanReadDespitePermissions(_tree.Path("secret.env")))
            Assert.DoesNotContain("secret.env", skipped.Keys); // root reads mode-000 files: nothing to skip
        else
            Assert.Equal(SkipReasons.Unreadable, skipped["secret.env"]);

        Assert.DoesNotContain("pipe.py", skipped.Keys); // read as the empty file it looks like, without blocking

        // The real files were scanned: the bare except in app.py was found, the module read once.
        Assert.Contains(report.Findings, f => f.RuleId == RuleIds.Err001 && f.Location!.Path == "app.py" && f.Location.StartLine == 3);
        Assert.DoesNotContain(report.Findings, f => f.Location?.Path.StartsWith("pkg/loop", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Invalid_utf8_text_is_read_with_a_warning_instead_of_skipped()
    {
        var report = Scans.Run(_tree.Root);

        Assert.DoesNotContain(report.Skipped, s => s.Path == "latin1.py");
        Assert.Contains(report.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Path == "latin1.py" && d.Message.Contains("UTF-8"));
    }

    [Fact]
    public void Walker_never_lists_a_file_twice_or_one_outside_the_root()
    {
        var files = new ProjectWalker(DiscoveryOptions.Default).Walk(_tree.Root).Files.Select(f => f.File.Path).ToList();

        Assert.Equal(files.Distinct().Count(), files.Count);
        Assert.Contains("pkg/module.py", files);
        Assert.DoesNotContain(files, p => p.StartsWith("etc-link/", StringComparison.Ordinal) || p == "passwd.py");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static bool CanReadDespitePermissions(string path)
    {
        try
        {
            using var _ = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose() => _tree.Dispose();
}
