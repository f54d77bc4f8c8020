using Shipshape.Config;
using Shipshape.Config.Dependencies;
using Shipshape.Config.Docker;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP003: builds that are not reproducible. Dockerfiles: a base image without a tag, or tagged
/// <c>latest</c>. Dependency lists: a runtime requirement without an exact version (or a commit for
/// VCS requirements, hashes for URLs), unless a constraints file the list includes pins it.
/// </summary>
public sealed class Dep003UnpinnedVersions : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dep003,
        Name: "unpinned-versions",
        Category: Categories.Deploy,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks that Dockerfile base images name a tag other than `latest` (or a digest), and that the runtime "
            + "dependencies in requirements*.txt, pyproject.toml and Pipfile are pinned to one version (`==`), a commit "
            + "(VCS) or hashes (URLs). A `-c constraints.txt` that pins the package counts. Development groups "
            + "(Poetry `dev`, Pipfile `[dev-packages]`, optional extras) are not checked.",
        Why: "An unpinned image or package installs whatever is newest on the day of the build: two builds of the same "
            + "commit differ, a breaking release or a compromised upload reaches production without review, and a "
            + "rollback does not restore the old behaviour.",
        Fix: "Pin exact versions (`Flask==3.0.3`, generated with `pip freeze` or `pip-compile`), base images by tag and "
            + "ideally digest (`FROM python:3.12.4-slim@sha256:…`), and let a bot (Dependabot, Renovate) propose upgrades.",
        Examples:
        [
            new RuleExample("requirements.txt", "text", Failing: "flask\ngunicorn>=21", Passing: "flask==3.0.3\ngunicorn==22.0.0"),
            new RuleExample("Dockerfile", "dockerfile", Failing: "FROM python:latest", Passing: "FROM python:3.12.4-slim"),
        ],
        References:
        [
            RuleReference.Cwe(1357, "Reliance on Insufficiently Trustworthy Component"),
            RuleReference.Asvs("14.1.1", "The application build and deployment processes are performed in a secure and repeatable way"),
            RuleReference.Asvs("14.2.5", "A Software Bill of Materials (SBOM) is maintained of all third party libraries in use"),
            new RuleReference("pip docs: Repeatable installs", "https://pip.pypa.io/en/stable/topics/repeatable-installs/"),
        ])
    {
        Requirement = "Base images and dependencies are pinned to exact versions",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } =
        new HashSet<FileKind> { FileKind.Dockerfile, FileKind.Requirements, FileKind.Pyproject, FileKind.Pipfile };

    public void Check(FileContext file)
    {
        if (file.Kind == FileKind.Dockerfile)
            CheckDockerfile(file);
        else
            CheckDependencies(file);
    }

    private void CheckDockerfile(FileContext file)
    {
        var dockerfile = file.Parsed<DockerfileSource>().Dockerfile;
        var stageNames = dockerfile.Stages.Select(s => s.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in dockerfile.Stages.Where(s => s.BaseStage is null && !stageNames.Contains(s.Image.Text) && !s.Image.IsPinned))
        {
            var why = stage.Image.Tag is null ? "has no tag, so Docker pulls `latest`" : "is tagged `latest`";
            file.Report(file.LocationAt(stage.From.ArgumentsPosition, stage.From.Arguments.Split(' ')[0].Length), $"base image `{stage.Image.Text}` {why}");
        }
    }

    private void CheckDependencies(FileContext file)
    {
        // Constraint files only restrict versions; their own entries install nothing.
        if (Path.GetFileName(file.Path).StartsWith("constraints", StringComparison.OrdinalIgnoreCase))
            return;
        var source = file.Parsed<DependencySource>();
        foreach (var requirement in source.Manifest.Requirements.Where(r => r.Group == "main" && !source.IsPinned(r)))
            file.Report(file.LocationAt(requirement.Position, requirement.Name.Length), $"`{requirement.Text}` {Why(requirement)}");
    }

    private static string Why(Requirement requirement) => requirement.Kind switch
    {
        RequirementKind.Vcs => "follows a branch or tag, not a commit",
        RequirementKind.Url => "has no hash",
        _ when requirement.Specifier.Length == 0 => "has no version: any release may be installed",
        _ => $"allows a range of versions ({requirement.Specifier})",
    };
}
