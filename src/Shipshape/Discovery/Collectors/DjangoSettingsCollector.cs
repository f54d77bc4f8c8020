using Shipshape.Facts;
using Shipshape.Python.Ast;
using Shipshape.Rules;

namespace Shipshape.Discovery.Collectors;

/// <summary>
/// Recognises a Django settings module (which usually imports nothing from django) by its
/// module-level <c>INSTALLED_APPS</c> assignment, and publishes a Django <see cref="FrameworkFact"/> there.
/// </summary>
public sealed class DjangoSettingsCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        foreach (var statement in file.Python.Parsed.Module.Body)
        {
            if (statement is Assign assign && assign.Targets.Any(t => t is Name { Id: "INSTALLED_APPS" }))
            {
                file.Facts.Add(FactKeys.Frameworks, new FrameworkFact(Framework.Django, "settings", file.LocationOf(assign.Range)));
                return;
            }
        }
    }
}
