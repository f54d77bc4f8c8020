using System.Collections.Immutable;
using System.Diagnostics;

namespace Shipshape.Config.Git;

/// <summary>
/// The files git tracks under a directory, read once with <c>git ls-files -z</c> (read-only; git
/// runs as a separate process). <see cref="Load"/> returns null when the directory is not in a git
/// work tree or git is unavailable, so callers can say "unknown" instead of guessing.
/// </summary>
public sealed class GitTrackedFiles
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly ImmutableHashSet<string> paths;

    private GitTrackedFiles(ImmutableHashSet<string> paths) => this.paths = paths;

    /// <summary>Paths relative to the directory given to <see cref="Load"/>, with forward slashes.</summary>
    public IReadOnlySet<string> Paths => paths;

    public bool IsTracked(string relativePath) => paths.Contains(relativePath.Replace('\\', '/'));

    public static GitTrackedFiles? Load(string directory)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "-C", directory, "ls-files", "-z", "--cached" },
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
                return null;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            _ = stderr.Result;
            if (process.ExitCode != 0)
                return null;
            return new GitTrackedFiles(output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToImmutableHashSet(StringComparer.Ordinal));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
