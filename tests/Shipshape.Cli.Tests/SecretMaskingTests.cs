using System.Text.Json;
using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

/// <summary>
/// Secret values never leave the scan whole, whatever the output: LEOC's "before" state commits a secret key,
/// an AWS key pair and an unlock key in .env, and a literal fallback key in app.py.
/// </summary>
public sealed class SecretMaskingTests
{
    private static readonly string Sample = RepositoryPaths.Sample("leoc", "before");

    // (value as committed, how it must appear instead)
    public static TheoryData<string, string> Secrets() => new()
    {
        { "AKIA4HQZ7N2KXW3PLM5T", "AKIA… (20 chars)" },
        { "q8Vx2LmN4pR7tY1wZ3bC5dF6gH9jK0sA2eU4iO6y", "q8Vx… (40 chars)" },
        { "leoc-2026-7f3a9c1e5b2d48e6a0f1c3b5d7e9f2a4", "leoc… (42 chars)" },
        { "dev-key-please-change-in-production", "dev-… (35 chars)" },
        { "admin123", "admi… (8 chars)" },
    };

    public static TheoryData<string> Formats() => ["console", "json", "markdown", "html", "sarif", "junit"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_shows_secrets_masked_to_four_characters_and_the_length(string format)
    {
        var run = CliRunner.Run("scan", Sample, "--fail-on", "none", "--format", format);
        Assert.Equal(0, run.ExitCode);
        var findings = format == "sarif" ? Results(run.Out) : run.Out; // SARIF's rule descriptions quote admin123 as an example

        foreach (var (value, masked) in Secrets().Select(row => ((string)row[0], (string)row[1])))
        {
            Assert.DoesNotContain(value, findings);
            Assert.Contains(masked, findings);
        }
    }

    private static string Results(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return JsonSerializer.Serialize(document.RootElement.GetProperty("runs")[0].GetProperty("results"),
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
