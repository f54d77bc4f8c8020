using Shipshape.Config;
using Shipshape.Config.Env;
using Shipshape.Config.Git;
using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Rules.Python;
using Shipshape.Secrets;

namespace Shipshape.Rules.Secrets;

/// <summary>
/// SEC004: secrets written into files that are, or will be, committed: settings with secret names or
/// known credential formats in env files git tracks (or does not ignore), in compose
/// <c>environment:</c> and in Dockerfile <c>ENV</c>/<c>ARG</c>; known credential formats (private
/// keys, cloud and service tokens) in any other text file. Values are masked in every message and snippet.
/// </summary>
public sealed class Sec004CommittedSecrets : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Sec004,
        Name: "committed-secrets",
        Category: Categories.Secrets,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks for secrets stored in repository files: literal values of secret-named settings (password, secret, "
            + "token, api_key, unlock_key, …) and known credential formats (AWS keys, GitHub/GitLab/Slack/Stripe tokens, "
            + "private key blocks, JWTs, URLs with passwords) in `.env` files that git tracks or that no .gitignore covers, "
            + "in compose `environment:` and in Dockerfile `ENV`/`ARG`; known formats in every other text file. Placeholders "
            + "(`${VAR}`, `changeme`, `<your-key>`, `xxxx`, empty) do not count. Values are masked: first 4 characters and the length.",
        Why: "A secret in a repository is readable by everyone who can clone it, stays in the history after it is deleted, "
            + "and is copied into every fork, backup and CI log. Secrets in a Dockerfile's `ENV` or `ARG` are stored in the "
            + "image layers and shown by `docker history`. Anyone holding them can sign sessions, unlock accounts or use "
            + "the paid APIs they open.",
        Fix: "Remove the value from the file, rotate the secret (it is compromised), and read it from the environment or a "
            + "secrets manager at run time: add `.env` to `.gitignore`, commit a `.env.example` with placeholders, use "
            + "`environment: SECRET_KEY: ${SECRET_KEY}` or compose `secrets:`, and BuildKit `--mount=type=secret` for build secrets.",
        Examples:
        [
            new RuleExample("env file tracked by git", "shell",
                Failing: "UNLOCK_KEY=admin123",
                Passing: "# .env.example (committed); the real .env is listed in .gitignore\nUNLOCK_KEY=changeme"),
            new RuleExample("compose", "yaml",
                Failing: "services:\n  web:\n    environment:\n      SECRET_KEY: \"7f3c9a1e5b2d8f4a\"",
                Passing: "services:\n  web:\n    environment:\n      SECRET_KEY: ${SECRET_KEY}"),
        ],
        References:
        [
            RuleReference.Cwe(798, "Use of Hard-coded Credentials"),
            RuleReference.Cwe(540, "Inclusion of Sensitive Information in Source Code"),
            RuleReference.Asvs("2.10.4", "Passwords, integrations with databases and third-party systems, seeds and internal secrets, and API keys are managed securely and not included in the source code or stored within source code repositories"),
            RuleReference.Asvs("6.4.1", "A secrets management solution such as a key vault is used to securely create, store, control access to and destroy secrets"),
        ])
    {
        Requirement = "No secrets are committed in configuration or other repository files",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind>
    {
        FileKind.Env, FileKind.Compose, FileKind.Dockerfile, FileKind.Python, FileKind.GunicornConfig, FileKind.Yaml,
        FileKind.Procfile, FileKind.Requirements, FileKind.Pyproject, FileKind.Pipfile, FileKind.Template, FileKind.Other,
    };

    public void Check(FileContext file)
    {
        switch (file.Kind)
        {
            case FileKind.Env when !EnvFileNames.IsTemplate(file.Path):
                CheckEnvFile(file);
                break;
            case FileKind.Compose or FileKind.Dockerfile:
                CheckSettings(file, "");
                break;
            default:
                CheckKnownFormats(file);
                break;
        }
    }

    private void CheckEnvFile(FileContext file)
    {
        // A secret in a git-ignored, untracked .env is where secrets belong; only committable files count.
        var exposure = GitExposureReader.Of(file.RootPath, file.Path);
        if (exposure == GitExposure.Ignored)
            return;
        CheckSettings(file, exposure == GitExposure.Tracked ? " (git tracks this file)" : " (no .gitignore covers this file)");
    }

    private void CheckSettings(FileContext file, string exposure)
    {
        foreach (var setting in ConfigSettings.Read(file))
        {
            if (SecretScanner.AssessSetting(setting.Name, setting.Value) is not { } secret)
                continue;
            var what = secret.DetectorId == SecretScanner.NamedSettingId ? "a literal secret" : $"a secret ({secret.Description})";
            Report(file, setting.ValueLocation, secret, $"{setting.Name} in {setting.Origin} holds {what}: {secret.Masked}{exposure}");
        }
    }

    private void CheckKnownFormats(FileContext file)
    {
        // Test suites carry throwaway certificates and `user:pass@host` URLs on purpose; other formats
        // (cloud and service tokens) are real wherever they appear.
        var inTests = CodePaths.IsTest(file.Path);
        foreach (var secret in SecretScanner.FindKnownFormats(file.Text))
        {
            if (inTests && secret.DetectorId is "private-key" or "url-password" or "database-url-password")
                continue;
            var location = file.LocationOf(secret.Offset, secret.Offset + secret.Length);
            Report(file, location, secret, $"{secret.Description} in a repository file: {secret.Masked}");
        }
    }

    private static void Report(FileContext file, Location location, SecretMatch secret, string message) =>
        file.Report(location, message, secret: secret.Value);
}
