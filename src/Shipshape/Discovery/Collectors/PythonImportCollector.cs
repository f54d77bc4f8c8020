using Shipshape.Facts;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Discovery.Collectors;

/// <summary>
/// Publishes every absolute import of a Python file as an <see cref="ImportFact"/>, and a
/// <see cref="FrameworkFact"/> when the imported package is a web framework (flask, fastapi, starlette, django).
/// </summary>
public sealed class PythonImportCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        foreach (var scoped in file.Parsed<PythonIndex>().Nodes)
        {
            switch (scoped.Node)
            {
                case Import import:
                    foreach (var alias in import.Names) Publish(file, alias.Name, alias);
                    break;
                case ImportFrom { Level: 0, Module: { } module } from:
                    Publish(file, module, from);
                    break;
            }
        }
    }

    private static void Publish(FileContext file, string module, Node node)
    {
        var location = file.LocationOf(node.Range);
        file.Facts.Add(FactKeys.Imports, new ImportFact(module, location));
        if (FrameworkExtensions.FromPackageName(module.Split('.')[0]) is { } framework)
            file.Facts.Add(FactKeys.Frameworks, new FrameworkFact(framework, "import", location));
    }
}
