using Shipshape.Discovery;

namespace Shipshape.Rules;

/// <summary>
/// A check run on every file of the kinds it names, in parallel across files. It reports findings
/// through <see cref="FileContext.Report"/> and may publish facts for project rules.
/// The project's check status follows: fail if it reported a counted finding, pass if at least one
/// file of its kinds was checked, otherwise not-applicable ("no python files").
/// </summary>
public interface IFileRule : IRule
{
    IReadOnlySet<FileKind> FileKinds { get; }

    void Check(FileContext file);
}
