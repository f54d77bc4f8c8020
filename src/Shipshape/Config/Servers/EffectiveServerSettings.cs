using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Config.Servers;

/// <summary>
/// What a server command runs with once every source is counted, in gunicorn's order of precedence:
/// the command line, then <c>GUNICORN_CMD_ARGS</c>, then the configuration file (gunicorn.conf.py),
/// then <c>WEB_CONCURRENCY</c> for the worker count (gunicorn and uvicorn both read it).
/// </summary>
public sealed record EffectiveServerSettings(ServerCommandFact Command, IReadOnlyDictionary<string, (string? Value, Location Location)> Settings)
{
    public bool Has(string name) => Settings.ContainsKey(name);

    /// <summary>The worker count when it is a literal number; null when unset or computed.</summary>
    public int? Workers => Settings.TryGetValue(ServerOptions.Workers, out var workers) && int.TryParse(workers.Value, out var count) ? count : null;

    public static IReadOnlyList<EffectiveServerSettings> Resolve(ProjectFacts facts)
    {
        var environment = facts.Get(FactKeys.EnvironmentSettings);
        var variables = environment.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var configFile = facts.Get(FactKeys.ServerSettings);
        var result = new List<EffectiveServerSettings>();
        foreach (var command in facts.Get(FactKeys.ServerCommands).Where(c => c.Server.IsMultiProcessCapable))
        {
            var settings = new Dictionary<string, (string?, Location)>(StringComparer.Ordinal);
            foreach (var (name, value) in command.Server.Options)
                settings[name] = (command.Server.IntOption(name)?.ToString() ?? Substituted(value, variables), command.Location);
            if (command.Server.Kind == ServerKind.Gunicorn)
            {
                foreach (var variable in environment.Where(e => e.Name == "GUNICORN_CMD_ARGS"))
                    foreach (var server in ServerCommandLine.Parse($"gunicorn {variable.Value}"))
                        foreach (var (name, value) in server.Options)
                            settings.TryAdd(name, (value, variable.Location));
                foreach (var setting in configFile)
                    settings.TryAdd(setting.Name, (setting.Value, setting.Location));
            }
            foreach (var variable in environment.Where(e => e.Name == "WEB_CONCURRENCY"))
                settings.TryAdd(ServerOptions.Workers, (variable.Value, variable.Location));
            result.Add(new EffectiveServerSettings(command, settings));
        }
        return result;
    }

    // `-w $GUNICORN_WORKERS`: the shell that runs the command expands it from the environment the project sets
    // (Dockerfile ENV, compose environment, env files); a variable set nowhere stays as written (unknown).
    private static string Substituted(string value, IReadOnlyDictionary<string, string> variables)
    {
        if (!VariableExpander.ContainsReference(value))
            return value;
        var expanded = VariableExpander.Expand(value, variables);
        return expanded.Length == 0 ? value : expanded;
    }
}
