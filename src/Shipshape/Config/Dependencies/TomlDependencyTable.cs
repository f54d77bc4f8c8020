using System.Collections.Immutable;
using Shipshape.Config.Toml;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// A name → constraint table as Poetry and Pipenv write it: <c>flask = "^2.0"</c>,
/// <c>requests = {version = "==2.31.0", extras = ["socks"]}</c>, <c>lib = {git = "…", rev = "…"}</c>,
/// <c>local = {path = "./lib"}</c>. Poetry reads a bare version (<c>"2.0.1"</c>) as exact; Pipenv does not.
/// </summary>
internal static class TomlDependencyTable
{
    public enum Dialect
    {
        Poetry,
        Pipfile,
    }

    public static IEnumerable<Requirement> Read(TomlTable table, string group, Dialect dialect, ImmutableArray<ConfigDiagnostic>.Builder diagnostics)
    {
        foreach (var (name, value) in table.Entries)
        {
            if (dialect == Dialect.Poetry && name == "python")
                continue; // the interpreter constraint, not a package
            var requirement = value switch
            {
                TomlString version => FromVersion(name, version.Value, [], null, group, dialect, version.Position),
                TomlTable details => FromTable(name, details, group, dialect),
                // Poetry's multiple-constraint form: a list of tables, one per marker.
                TomlArray { Items: [TomlTable first, ..] } => FromTable(name, first, group, dialect),
                _ => null,
            };
            if (requirement is null)
                diagnostics.Add(new($"dependency '{name}' has an unsupported value", value.Position));
            else
                yield return requirement;
        }
    }

    private static Requirement? FromTable(string name, TomlTable details, string group, Dialect dialect)
    {
        var extras = details["extras"] is TomlArray list ? list.Items.OfType<TomlString>().Select(s => s.Value).ToImmutableArray() : [];
        var marker = (details["markers"] as TomlString)?.Value;
        if (details["git"] is TomlString git)
        {
            var reference = (details["rev"] ?? details["ref"] ?? details["tag"] ?? details["branch"]) as TomlString;
            var url = reference is null ? $"git+{git.Value}" : $"git+{git.Value}@{reference.Value}";
            return new Requirement(name, extras, "", marker, RequirementKind.Vcs, url, [], false, group, details.Position, $"{name} = {url}");
        }
        if (details["path"] is TomlString path)
        {
            var editable = details["editable"] is TomlBoolean { Value: true } || details["develop"] is TomlBoolean { Value: true };
            return new Requirement(name, extras, "", marker, RequirementKind.LocalPath, path.Value, [], editable, group, details.Position, $"{name} = {path.Value}");
        }
        if (details["url"] is TomlString archive)
            return new Requirement(name, extras, "", marker, RequirementKind.Url, archive.Value, [], false, group, details.Position, $"{name} = {archive.Value}");
        var version = (details["version"] as TomlString)?.Value ?? "*";
        return FromVersion(name, version, extras, marker, group, dialect, details.Position);
    }

    private static Requirement FromVersion(string name, string version, ImmutableArray<string> extras, string? marker, string group, Dialect dialect, SourcePosition position)
    {
        var trimmed = version.Trim();
        var specifier = trimmed switch
        {
            "*" or "" => "",
            _ when dialect == Dialect.Poetry && char.IsAsciiDigit(trimmed[0]) && !trimmed.Contains('*') && !trimmed.Contains(',') => $"=={trimmed}",
            _ => trimmed,
        };
        return new Requirement(name, extras, specifier, marker, RequirementKind.Registry, null, [], false, group, position, $"{name} = \"{version}\"");
    }
}
