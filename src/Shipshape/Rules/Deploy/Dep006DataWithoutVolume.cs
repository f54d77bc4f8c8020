using System.Text.RegularExpressions;
using Shipshape.Config;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Data;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP006: data written inside a container's own file system. Data places come from configuration
/// (upload/data/media folder settings, SQLite file URLs, folders the Dockerfile creates for data) and
/// from <see cref="FactKeys.ContainerDataPaths"/> published by others; a Dockerfile VOLUME or a
/// compose volume whose target contains the path covers it.
/// </summary>
public sealed partial class Dep006DataWithoutVolume : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dep006,
        Name: "container-data-without-volume",
        Category: Categories.Deploy,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "For projects that ship a container (a Dockerfile or compose service), checks that the places the app keeps "
            + "data — upload, media and data folder settings (`UPLOAD_FOLDER`, `MEDIA_ROOT`, `DATA_DIR`, …), SQLite database "
            + "files, data folders the Dockerfile creates — lie inside a declared volume (Dockerfile `VOLUME` or a compose "
            + "`volumes:` target).",
        Why: "A container's writable layer is deleted with the container: every deploy, restart on a new host or scale-out "
            + "starts from the image again, and uploaded files or the SQLite database written since the last deploy are gone. "
            + "Two replicas also each see only their own files.",
        Fix: "Mount a volume where the data lives (`volumes: [\"uploads:/app/uploads\"]` in compose, `VOLUME /app/uploads` in "
            + "the Dockerfile), or better, store uploads in object storage (S3, GCS) and data in a database service.",
        Examples:
        [
            new RuleExample("compose", "yaml",
                Failing: "services:\n  web:\n    build: .\n    environment:\n      UPLOAD_FOLDER: /app/uploads",
                Passing: "services:\n  web:\n    build: .\n    environment:\n      UPLOAD_FOLDER: /app/uploads\n    volumes:\n      - uploads:/app/uploads\nvolumes:\n  uploads:"),
        ],
        References:
        [
            RuleReference.Cwe(664, "Improper Control of a Resource Through its Lifetime"),
            new RuleReference("Docker docs: Volumes", "https://docs.docker.com/engine/storage/volumes/"),
        ])
    {
        Requirement = "Uploads and data in containers live on a declared volume",
    };

    [GeneratedRegex(@"^[A-Z_]*?(UPLOAD|MEDIA|DATA|STORAGE|ATTACHMENT)S?[A-Z_]*(FOLDER|DIR|DIRECTORY|ROOT|PATH)$", RegexOptions.IgnoreCase)]
    private static partial Regex DataFolderSetting();

    public CheckOutcome Check(ProjectContext project)
    {
        var containers = project.Facts.Get(FactKeys.Containers);
        if (containers.Count == 0)
            return CheckOutcome.NotApplicable("no Dockerfile or compose service: the app does not ship as a container");

        // Relative paths are relative to the image's WORKDIR; with several images, the first one that sets it.
        var workdir = containers.Select(c => c.WorkingDirectory).FirstOrDefault(w => w is not null);
        var volumes = project.Facts.Get(FactKeys.ContainerVolumes);
        var dataPaths = project.Facts.Get(FactKeys.ContainerDataPaths)
            .Concat(project.Facts.Get(FactKeys.EnvironmentSettings).Select(s => DataPathOf(s, workdir)).OfType<ContainerDataPathFact>())
            .ToList();
        if (dataPaths.Count == 0)
            return CheckOutcome.Pass("no upload, data or SQLite path found in the container configuration");

        var uncovered = dataPaths
            .Where(d => !volumes.Any(v => ContainerPaths.IsInside(d.Path, ContainerPaths.Resolve(v.Target, workdir))))
            .ToList();
        // Point where the fix goes: the Dockerfile or compose line that makes the folder, else the container
        // definition (a compose service before a Dockerfile) that needs the volume.
        var container = containers.OrderBy(c => c.Location.Path.EndsWith("Dockerfile", StringComparison.OrdinalIgnoreCase) ? 1 : 0).First();
        foreach (var group in uncovered.GroupBy(d => IsContainerFile(d.Location.Path) ? d.Location : container.Location))
        {
            var what = string.Join("; ", group.Select(d => $"{d.Reason} ({d.Path})").Distinct());
            project.Report(group.Key, $"{what}: the container's own file system holds it and no volume covers it, so it is lost when the container is replaced",
                evidence: [.. group.Select(d => new CodeEvidence(d.Location, ""))]);
        }
        return CheckOutcome.Pass();
    }

    private static bool IsContainerFile(string path) =>
        FileClassifier.Classify(path) is FileKind.Dockerfile or FileKind.Compose;

    private static ContainerDataPathFact? DataPathOf(EnvironmentSettingFact setting, string? workdir)
    {
        var value = setting.Value.Trim().Trim('"', '\'');
        if (value.Length == 0 || VariableExpander.ContainsReference(value))
            return null;
        if (Data001SqliteDatabase.IsSqliteUrl(value))
        {
            // sqlite:///relative.db and sqlite:////absolute.db; in-memory databases keep nothing.
            var path = value[(value.IndexOf(":///", StringComparison.Ordinal) + 4)..].Split('?')[0];
            return path.Length == 0 || path == ":memory:"
                ? null
                : new ContainerDataPathFact(ContainerPaths.Resolve(path, workdir), $"{setting.Name} stores a SQLite database", setting.Location);
        }
        if (DataFolderSetting().IsMatch(setting.Name) && !value.Contains("://", StringComparison.Ordinal))
            return new ContainerDataPathFact(ContainerPaths.Resolve(value, workdir), $"{setting.Name} keeps files in '{value}'", setting.Location);
        return null;
    }
}
