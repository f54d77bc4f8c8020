using Shipshape.Config;
using Shipshape.Config.Servers;
using Shipshape.Discovery.FrontEnds;

namespace Shipshape.Facts.Documentation;

/// <summary>
/// Reads the commands of a README's code: shell blocks line by line (with <c>\</c> continuations
/// joined and <c>$</c> prompts dropped), inline code spans, and Dockerfile, compose or Kubernetes
/// blocks (deployment artefacts in themselves). Servers are recognised by <see cref="ServerCommandLine"/>.
/// </summary>
public static class DocumentedCommands
{
    private static readonly HashSet<string> ShellLanguages = new(StringComparer.Ordinal)
    {
        "bash", "sh", "shell", "console", "zsh", "shell-session", "sh-session", "terminal", "text", "powershell", "ps1", "cmd",
    };

    private static readonly HashSet<string> DeployTools = new(StringComparer.Ordinal)
    {
        "docker", "docker-compose", "podman", "podman-compose", "kubectl", "helm", "heroku", "fly", "flyctl", "gcloud", "eb",
        "terraform", "ansible-playbook", "systemctl", "zappa", "serverless", "sls",
    };

    private static readonly HashSet<string> Installers = new(StringComparer.Ordinal) { "pip", "pip3", "pipenv", "poetry", "uv", "conda", "pipx", "apt", "apt-get" };

    // `python app.py` runs the app's development server; other scripts (init_db.py, tests) are not a way to run it.
    private static readonly HashSet<string> AppScripts = new(StringComparer.Ordinal) { "app.py", "main.py", "run.py", "server.py", "wsgi.py", "application.py", "asgi.py" };

    public static IEnumerable<DocumentedCommand> Read(MarkdownCode code)
    {
        if (code.Lines.IsEmpty) yield break;
        var first = code.Lines[0];
        if (code.Language is "dockerfile" or "docker" or "containerfile")
        {
            yield return new DocumentedCommand(CommandPurpose.Deploy, "Dockerfile", code.Section, first.Location);
            yield break;
        }

        if (code.Language is "yaml" or "yml")
        {
            var manifest = code.Lines.FirstOrDefault(l => l.Text.StartsWith("services:", StringComparison.Ordinal) || l.Text.StartsWith("apiVersion:", StringComparison.Ordinal));
            if (manifest is not null)
                yield return new DocumentedCommand(CommandPurpose.Deploy, manifest.Text.StartsWith('s') ? "compose file" : "Kubernetes manifest", code.Section, manifest.Location);
            yield break;
        }

        if (code.Language is not null && !ShellLanguages.Contains(code.Language)) yield break;
        var pending = "";
        MarkdownCodeLine? start = null;
        foreach (var line in code.Lines)
        {
            var text = line.Text.Trim();
            start ??= line;
            if (text.EndsWith('\\'))
            {
                pending += text[..^1].TrimEnd() + " ";
                continue;
            }

            var command = (pending + text).Trim();
            pending = "";
            var at = start;
            start = null;
            if (command.StartsWith("$ ", StringComparison.Ordinal) || command.StartsWith("> ", StringComparison.Ordinal)) command = command[2..].Trim();
            command = WithoutComment(command);
            if (Classify(command) is { } purpose) yield return new DocumentedCommand(purpose, command, code.Section, at.Location);
        }
    }

    /// <summary>What one command line does, or null when it is none of the documented kinds.</summary>
    public static CommandPurpose? Classify(string commandLine)
    {
        var words = ShellWords.Split(commandLine);
        if (words.Count > 0 && words.All(IsAssignment)) return CommandPurpose.EnvironmentSetup;
        CommandPurpose? found = null;
        foreach (var command in ServerCommandLine.Commands(words))
        {
            var purpose = Purpose(command);
            if (purpose is { } p && (found is null || p > found)) found = p;
        }

        return found;
    }

    private static CommandPurpose? Purpose(List<string> command)
    {
        var program = ServerCommandLine.ProgramName(command[0]);
        if (DeployTools.Contains(program)) return CommandPurpose.Deploy;
        if (ServerCommandLine.Parse(command).FirstOrDefault() is { } server)
        {
            if (!server.IsDevelopmentServer) return CommandPurpose.ProductionServer;
            var isOtherScript = server.Kind == ServerKind.PythonScript && !AppScripts.Contains(ServerCommandLine.ProgramName(server.Arguments.FirstOrDefault() ?? ""));
            return isOtherScript ? null : CommandPurpose.DevelopmentServer;
        }

        var arguments = command.Skip(1).ToList();
        if (program.StartsWith("python", StringComparison.Ordinal) && arguments is ["-m", var module, .. var rest])
            (program, arguments) = (module, rest);
        if (Installers.Contains(program) && arguments.FirstOrDefault() is "install" or "sync" or "add") return CommandPurpose.Install;
        if (program == "alembic" && arguments.Contains("upgrade")
            || program == "flask" && arguments.Contains("db") && arguments.Contains("upgrade")
            || arguments.Contains("migrate") && command.Any(w => w.EndsWith("manage.py", StringComparison.Ordinal) || w == "django-admin"))
            return CommandPurpose.Migrate;
        if (program is "cp" or "mv" && arguments.LastOrDefault() is { } target && target.Split('/')[^1].StartsWith(".env", StringComparison.Ordinal))
            return CommandPurpose.EnvironmentSetup;
        if (program == "export" && arguments.Count > 0 && arguments.All(IsAssignment)) return CommandPurpose.EnvironmentSetup;
        return null;
    }

    // `docker compose up -d   # starts everything`: the comment is not part of the command shown.
    private static string WithoutComment(string command)
    {
        for (var i = 1; i < command.Length; i++)
        {
            if (command[i] is '\'' or '"') return command;
            if (command[i] == '#' && char.IsWhiteSpace(command[i - 1])) return command[..i].TrimEnd();
        }

        return command;
    }

    private static bool IsAssignment(string word) =>
        word.IndexOf('=') is > 0 and var equals && word[..equals].All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
