using System.Collections.Immutable;

namespace Shipshape.Config.Docker;

/// <summary>
/// A parsed Dockerfile. <see cref="Instructions"/> are all instructions in order; <see cref="Stages"/>
/// groups them by FROM; <see cref="GlobalArgs"/> are the ARGs before the first FROM.
/// The final stage is the image that ships.
/// </summary>
public sealed record Dockerfile(
    ImmutableArray<DockerInstruction> Instructions,
    ImmutableArray<DockerStage> Stages,
    ImmutableArray<DockerInstruction> GlobalArgs,
    ImmutableArray<Located<KeyValuePair<string, string>>> Directives,
    char EscapeCharacter,
    ImmutableArray<ConfigDiagnostic> Diagnostics)
{
    public DockerStage? FinalStage => Stages.IsEmpty ? null : Stages[^1];

    /// <summary>
    /// The user the stage runs as: its last USER (or that of the stage it builds on), with
    /// <c>$VAR</c> references expanded from ARG defaults and ENV values in scope at that point.
    /// </summary>
    public DockerUser EffectiveUser(DockerStage stage)
    {
        var user = DockerUser.DefaultRoot;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var globalDefaults = ArgDefaults(GlobalArgs);
        foreach (var instruction in stage.InheritedInstructions)
        {
            switch (instruction.Keyword)
            {
                case "ARG":
                    foreach (var (name, value) in DockerKeyValues.Parse(instruction.Arguments, isArg: true))
                    {
                        // A bare "ARG NAME" in a stage brings the global default into scope.
                        if (value is not null)
                            variables[name] = VariableExpander.Expand(value, variables, EscapeCharacter);
                        else if (globalDefaults.TryGetValue(name, out var global))
                            variables[name] = global;
                    }
                    break;
                case "ENV":
                    foreach (var (name, value) in DockerKeyValues.Parse(instruction.Arguments, isArg: false))
                        variables[name] = VariableExpander.Expand(value ?? "", variables, EscapeCharacter);
                    break;
                case "USER":
                    var written = instruction.Arguments.Trim();
                    var expanded = VariableExpander.Expand(written, variables, EscapeCharacter);
                    // A variable with no ARG default and no ENV comes from --build-arg: the user is unknown, not root.
                    user = new DockerUser(expanded.Split(':')[0].Trim().Length == 0 && written.Length > 0 ? written : expanded, instruction);
                    break;
            }
        }
        return user;
    }

    /// <summary>The stage's HEALTHCHECK (its own or inherited), or null when none is declared.</summary>
    public static DockerHealthcheck? Healthcheck(DockerStage stage) =>
        stage.Last("HEALTHCHECK") is { } instruction ? DockerHealthcheck.FromInstruction(instruction) : null;

    /// <summary>The command the container runs: ENTRYPOINT followed by CMD, as Docker combines them.</summary>
    public static IReadOnlyList<DockerCommand> StartCommands(DockerStage stage) =>
        new[] { stage.Last("ENTRYPOINT"), stage.Last("CMD") }
            .Where(i => i is not null)
            .Select(i => DockerCommand.FromArguments(i!.Arguments))
            .ToList();

    /// <summary>Paths declared by VOLUME in the stage or the stages it builds on.</summary>
    public static IReadOnlyList<Located<string>> Volumes(DockerStage stage) =>
        stage.InheritedInstructions
            .Where(i => i.Is("VOLUME"))
            .SelectMany(i => DockerCommand.FromArguments(i.Arguments).Words.Select(w => new Located<string>(w, i.ArgumentsPosition)))
            .ToList();

    /// <summary>Variables set by ENV in the stage (and the stages it builds on), in order, with their instruction.</summary>
    public static IReadOnlyList<(string Name, string Value, DockerInstruction Instruction)> EnvironmentVariables(DockerStage stage) =>
        stage.InheritedInstructions
            .Where(i => i.Is("ENV"))
            .SelectMany(i => DockerKeyValues.Parse(i.Arguments, isArg: false).Select(kv => (kv.Name, kv.Value ?? "", i)))
            .ToList();

    /// <summary>ARG declarations anywhere in the file with their default values (null when none).</summary>
    public IReadOnlyList<(string Name, string? Value, DockerInstruction Instruction)> BuildArguments() =>
        Instructions
            .Where(i => i.Is("ARG"))
            .SelectMany(i => DockerKeyValues.Parse(i.Arguments, isArg: true).Select(kv => (kv.Name, kv.Value, i)))
            .ToList();

    private static Dictionary<string, string> ArgDefaults(IEnumerable<DockerInstruction> args)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instruction in args)
        {
            foreach (var (name, value) in DockerKeyValues.Parse(instruction.Arguments, isArg: true))
            {
                if (value is not null)
                    defaults[name] = VariableExpander.Expand(value, defaults);
            }
        }
        return defaults;
    }
}
