using System.Collections.Immutable;
using Shipshape.Config.Toml;

namespace Shipshape.Config.Dependencies;

/// <summary>Dependencies of a Pipfile: <c>[packages]</c> (group "main") and <c>[dev-packages]</c> (group "dev").</summary>
public static class PipfileReader
{
    public static DependencyManifest Read(string text)
    {
        var document = TomlReader.Read(text);
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        var diagnostics = document.Diagnostics.ToBuilder();
        if (document.Root["packages"] is TomlTable packages)
            requirements.AddRange(TomlDependencyTable.Read(packages, "main", TomlDependencyTable.Dialect.Pipfile, diagnostics));
        if (document.Root["dev-packages"] is TomlTable dev)
            requirements.AddRange(TomlDependencyTable.Read(dev, "dev", TomlDependencyTable.Dialect.Pipfile, diagnostics));
        return new DependencyManifest(requirements.ToImmutable(), [], diagnostics.ToImmutable());
    }
}
