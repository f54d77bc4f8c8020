using Shipshape.Discovery;

namespace Shipshape.Rules;

/// <summary>
/// Gathers facts from files without being a rule (imports, dependencies, routes). Runs in the
/// per-file pass, before the file rules of the same file; discovered like rules.
/// </summary>
public interface IFactCollector
{
    IReadOnlySet<FileKind> FileKinds { get; }

    void Collect(FileContext file);
}
