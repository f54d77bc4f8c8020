using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Shipshape.Tests.DjangoParity;

/// <summary>Runs Debian's Django (<c>/usr/bin/python3 manage.py check --deploy</c>) on a project and returns the security warning ids it prints.</summary>
public static partial class DjangoDeployCheck
{
    public const string Python = "/usr/bin/python3";

    [GeneratedRegex(@"security\.(W\d{3})")]
    private static partial Regex WarningId();

    public static IReadOnlyList<string> Run(string projectDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Python, ["manage.py", "check", "--deploy"])
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Python);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000)) { process.Kill(true); throw new TimeoutException("manage.py check --deploy took over 60 s"); }
        var output = stdout + stderr.Result;
        if (!output.Contains("System check identified", StringComparison.Ordinal))
            throw new InvalidOperationException($"manage.py check --deploy did not run (is python3-django installed?):\n{output}");
        return WarningId().Matches(output).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The environment samples/README.md gives for django/after (a fresh random key each run).</summary>
    public static IReadOnlyDictionary<string, string> AfterEnvironment() => new Dictionary<string, string>
    {
        ["DJANGO_SECRET_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_'),
        ["DJANGO_ALLOWED_HOSTS"] = "helpdesk.example.com",
        ["DJANGO_DB_ENGINE"] = "django.db.backends.sqlite3",
    };
}
