using System.Collections.Immutable;

namespace Shipshape.Config.Compose;

/// <summary>One service of a compose file, after YAML anchors and merge keys are applied.</summary>
public sealed record ComposeService(
    string Name,
    SourcePosition Position,
    Located<string>? Image,
    Located<string>? Build,
    ImmutableArray<ComposeEnvironmentVariable> Environment,
    ImmutableArray<Located<string>> EnvFiles,
    ComposeHealthcheck? Healthcheck,
    Located<string>? Restart,
    ImmutableArray<ComposeVolumeMount> Volumes,
    ComposeCommand? Command,
    ComposeCommand? Entrypoint,
    ImmutableArray<Located<string>> Ports,
    ImmutableArray<string> Profiles,
    ComposeDeploy? Deploy,
    Located<string>? User)
{
    /// <summary>A restart policy from <c>restart</c> or <c>deploy.restart_policy.condition</c>, other than "no".</summary>
    public bool HasRestartPolicy =>
        Restart is { Value: not ("no" or "\"no\"" or "") } || Deploy?.RestartCondition is { Value: not ("none" or "") };
}
