using System.Diagnostics;

namespace Shipshape.Tests.Reports;

/// <summary>
/// Renders a page in Debian's headless Chromium, as a real browser process with a fresh profile and
/// no network chatter. Fails with the packages to install when Chromium is missing.
/// </summary>
public static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The DOM after scripts ran (<c>--dump-dom</c>), the page opened with an optional URL fragment.</summary>
    public static string DumpDom(string htmlFile, string fragment = "") => Run(FileUrl(htmlFile) + fragment, "--dump-dom");

    /// <summary>Takes a 1280×2000 screenshot of the page into <paramref name="pngFile"/>.</summary>
    public static void Screenshot(string htmlFile, string pngFile) => Run(FileUrl(htmlFile), $"--screenshot={pngFile}", "--window-size=1280,2000");

    private static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string Run(string url, params string[] action)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: apt-get install -y chromium chromium-driver");
        var profile = Directory.CreateTempSubdirectory("shipshape-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", $"--user-data-dir={profile}",
            })
                start.ArgumentList.Add(flag);
            foreach (var flag in action) start.ArgumentList.Add(flag);
            start.ArgumentList.Add(url);

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s");
            }
            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; a leftover temp profile is harmless.
            }
        }
    }
}
