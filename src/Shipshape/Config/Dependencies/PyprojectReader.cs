using System.Collections.Immutable;
using Shipshape.Config.Toml;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// Dependencies of a pyproject.toml: PEP 621 <c>[project] dependencies</c> and
/// <c>optional-dependencies</c>, and Poetry's <c>[tool.poetry.dependencies]</c>,
/// <c>dev-dependencies</c> and <c>group.&lt;name&gt;.dependencies</c>.
/// </summary>
public static class PyprojectReader
{
    public static DependencyManifest Read(string text)
    {
        var document = TomlReader.Read(text);
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        var diagnostics = document.Diagnostics.ToBuilder();

        if (document.Root.Find("project", "dependencies") is TomlArray main)
            AddPep508(main, "main");
        if (document.Root.Find("project", "optional-dependencies") is TomlTable optional)
        {
            foreach (var (extra, value) in optional.Entries)
                if (value is TomlArray list)
                    AddPep508(list, extra);
        }

        if (document.Root.Find("tool", "poetry", "dependencies") is TomlTable poetry)
            requirements.AddRange(TomlDependencyTable.Read(poetry, "main", TomlDependencyTable.Dialect.Poetry, diagnostics));
        if (document.Root.Find("tool", "poetry", "dev-dependencies") is TomlTable poetryDev)
            requirements.AddRange(TomlDependencyTable.Read(poetryDev, "dev", TomlDependencyTable.Dialect.Poetry, diagnostics));
        if (document.Root.Find("tool", "poetry", "group") is TomlTable groups)
        {
            foreach (var (group, value) in groups.Entries)
                if ((value as TomlTable)?["dependencies"] is TomlTable dependencies)
                    requirements.AddRange(TomlDependencyTable.Read(dependencies, group, TomlDependencyTable.Dialect.Poetry, diagnostics));
        }

        return new DependencyManifest(requirements.ToImmutable(), [], diagnostics.ToImmutable());

        void AddPep508(TomlArray list, string group)
        {
            foreach (var item in list.Items)
            {
                if (item is not TomlString text)
                {
                    diagnostics.Add(new("a dependency must be a string", item.Position));
                    continue;
                }
                // Point inside the quotes, at the requirement itself.
                var position = text.Position with { Column = text.Position.Column + 1 };
                var (requirement, error) = Pep508.Parse(text.Value, position, group);
                if (requirement is not null)
                    requirements.Add(requirement);
                else
                    diagnostics.Add(new(error!, position));
            }
        }
    }
}
