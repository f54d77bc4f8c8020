using Shipshape.Model;

namespace Shipshape.Rules;

/// <summary>
/// A rule: one class per file under Rules/&lt;Category&gt;/, holding its metadata and its check.
/// Implement <see cref="IFileRule"/> or <see cref="IProjectRule"/>, never this alone; implement both
/// when some forms of the rule are decided file by file (an env file, a Dockerfile) and others only
/// with the whole project in view (a configuration class a production subclass in another module
/// overrides): the rule then has one check, failed when either part fails (see
/// <see cref="Scanning.CheckResolver.Combine"/>).
/// </summary>
public interface IRule
{
    RuleMetadata Metadata { get; }
}
