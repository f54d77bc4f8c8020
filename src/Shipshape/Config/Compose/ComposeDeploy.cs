namespace Shipshape.Config.Compose;

/// <summary>The parts of a service's <c>deploy</c> section the rules read.</summary>
public sealed record ComposeDeploy(int? Replicas, Located<string>? RestartCondition, SourcePosition Position);
