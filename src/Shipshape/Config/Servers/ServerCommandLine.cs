using System.Collections.Immutable;

namespace Shipshape.Config.Servers;

/// <summary>
/// Recognises the server a command line starts: gunicorn, uvicorn, hypercorn, waitress-serve,
/// <c>flask run</c>, <c>manage.py runserver</c> and <c>python script.py</c>, also behind
/// <c>python -m</c>, <c>exec</c>, <c>env</c>, variable assignments and <c>sh -c "…"</c>, and in
/// every command of a <c>a &amp;&amp; b</c> chain.
/// </summary>
public static class ServerCommandLine
{
    private const int MaxShellNesting = 4;

    public static IReadOnlyList<ServerInvocation> Parse(string shellCommand) => Parse(ShellWords.Split(shellCommand));

    public static IReadOnlyList<ServerInvocation> Parse(IReadOnlyList<string> words) => Parse(words, 0);

    private static List<ServerInvocation> Parse(IReadOnlyList<string> words, int nesting)
    {
        var found = new List<ServerInvocation>();
        foreach (var rest in Commands(words))
        {
            var program = ProgramName(rest[0]);
            if (program is "sh" or "bash" or "ash" or "dash" && rest.Count >= 3 && rest[1] == "-c" && nesting < MaxShellNesting)
            {
                found.AddRange(Parse(ShellWords.Split(rest[2]), nesting + 1));
                continue;
            }
            if (Recognise(program, rest) is { } invocation)
                found.Add(invocation);
        }
        return found;
    }

    private static ServerInvocation? Recognise(string program, List<string> words)
    {
        if (program.StartsWith("python", StringComparison.Ordinal))
            return RecognisePython(words);
        return program switch
        {
            "gunicorn" => Read(ServerKind.Gunicorn, words, 1),
            "uvicorn" => Read(ServerKind.Uvicorn, words, 1),
            "hypercorn" => Read(ServerKind.Hypercorn, words, 1),
            "waitress-serve" => Read(ServerKind.Waitress, words, 1),
            "flask" => RecogniseFlask(words, 1),
            "manage.py" or "django-admin" when words.Count > 1 && words[1] == "runserver" => Read(ServerKind.DjangoRunserver, words, 2),
            _ => null,
        };
    }

    private static ServerInvocation? RecognisePython(List<string> words)
    {
        var i = 1;
        while (i < words.Count && words[i].StartsWith('-') && words[i] != "-m")
            i++; // interpreter flags such as -u or -O
        if (i >= words.Count)
            return null;
        if (words[i] == "-m" && i + 1 < words.Count)
        {
            var module = words[i + 1];
            var shifted = words.Skip(i + 1).ToList();
            return module switch
            {
                "flask" => RecogniseFlask(shifted, 1),
                _ => Recognise(module, shifted),
            };
        }
        var script = ProgramName(words[i]);
        if (script == "manage.py")
            return words.Count > i + 1 && words[i + 1] == "runserver" ? Read(ServerKind.DjangoRunserver, words, i + 2) : null;
        return script.EndsWith(".py", StringComparison.Ordinal) ? Read(ServerKind.PythonScript, words, i) : null;
    }

    /// <summary><c>flask [--app x] [--debug] run [options]</c>; other flask commands (db upgrade, shell) start no server.</summary>
    private static ServerInvocation? RecogniseFlask(List<string> words, int start)
    {
        var run = words.IndexOf("run", start);
        if (run < 0)
            return null;
        var invocation = Read(ServerKind.FlaskRun, words, run + 1);
        var globalOptions = Read(ServerKind.FlaskRun, words.Take(run).ToList(), start);
        return invocation with { Options = globalOptions.Options.SetItems(invocation.Options) };
    }

    private static ServerInvocation Read(ServerKind kind, List<string> words, int start)
    {
        var known = ServerOptions.For(kind);
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var arguments = ImmutableArray.CreateBuilder<string>();
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith('-') || word == "-")
            {
                arguments.Add(word);
                continue;
            }
            var equals = word.IndexOf('=');
            var flag = equals > 0 ? word[..equals] : word;
            string? value = equals > 0 ? word[(equals + 1)..] : null;
            // Short options may carry their value attached: -w4.
            if (!known.ContainsKey(flag) && !flag.StartsWith("--", StringComparison.Ordinal) && flag.Length > 2 && known.ContainsKey(flag[..2]))
            {
                value = flag[2..];
                flag = flag[..2];
            }
            if (known.TryGetValue(flag, out var option))
            {
                if (option.TakesValue && value is null && i + 1 < words.Count)
                    value = words[++i];
                options[option.Name] = value ?? "true";
            }
        }
        return new ServerInvocation(kind, options.ToImmutable(), arguments.ToImmutable(), string.Join(' ', words));
    }

    /// <summary>
    /// The simple commands of a command line (cut at <c>&amp;&amp;</c>, <c>;</c>, <c>|</c>, ...), each
    /// without its wrappers and variable assignments; empty commands are left out.
    /// </summary>
    public static IEnumerable<List<string>> Commands(IReadOnlyList<string> words) =>
        SplitCommands(words).Select(SkipPrefixes).Where(command => command.Count > 0);

    private static IEnumerable<List<string>> SplitCommands(IReadOnlyList<string> words)
    {
        var current = new List<string>();
        foreach (var word in words)
        {
            if (ShellWords.IsOperator(word))
            {
                yield return current;
                current = [];
            }
            else
            {
                current.Add(word);
            }
        }
        yield return current;
    }

    /// <summary>Drops <c>exec</c>, <c>env</c>, <c>NAME=value</c> assignments and similar wrappers before the program.</summary>
    private static List<string> SkipPrefixes(List<string> command)
    {
        var i = 0;
        while (i < command.Count)
        {
            var word = command[i];
            var isAssignment = word.IndexOf('=') is > 0 and var eq && word[..eq].All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
            if (isAssignment || word is "exec" or "env" or "nohup" or "tini" or "--" or "dumb-init" or "sudo")
                i++;
            else
                break;
        }
        return command.Skip(i).ToList();
    }

    /// <summary>The program's file name without its folder (<c>/usr/local/bin/gunicorn</c> is gunicorn).</summary>
    public static string ProgramName(string word)
    {
        var slash = word.LastIndexOf('/');
        return slash >= 0 ? word[(slash + 1)..] : word;
    }
}
