using Shipshape.Model;

namespace Shipshape.Rules;

/// <summary>
/// A rule: one class per file under Rules/&lt;Category&gt;/, holding its metadata and its check.
/// Implement <see cref="IFileRule"/> or <see cref="IProjectRule"/>, never this alone.
/// </summary>
public interface IRule
{
    RuleMetadata Metadata { get; }
}
