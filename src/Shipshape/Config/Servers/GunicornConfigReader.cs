using System.Collections.Frozen;
using System.Globalization;
using Shipshape.Python;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Python.Text;

namespace Shipshape.Config.Servers;

/// <summary>
/// Reads the settings of a gunicorn configuration file (gunicorn.conf.py), which gunicorn executes as
/// Python: top-level assignments such as <c>workers = 4</c> or <c>bind = ["0.0.0.0:8000"]</c>.
/// Settings are reported under the canonical names of <see cref="ServerOptions"/>; a value that is
/// computed (<c>multiprocessing.cpu_count() * 2 + 1</c>) has a null text. A value read from the
/// environment (<c>int(os.getenv("WORKERS", "4"))</c>) is its default: what runs when the variable is unset.
/// </summary>
public static class GunicornConfigReader
{
    private static readonly FrozenDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["workers"] = ServerOptions.Workers,
        ["threads"] = ServerOptions.Threads,
        ["timeout"] = ServerOptions.Timeout,
        ["max_requests"] = ServerOptions.MaxRequests,
        ["bind"] = ServerOptions.Bind,
        ["worker_class"] = ServerOptions.WorkerClass,
        ["reload"] = ServerOptions.Reload,
    }.ToFrozenDictionary();

    public static IReadOnlyList<(string Name, string? Value, TextRange Range)> Read(ParsedModule module)
    {
        var semantics = SemanticModel.Build(module);
        var settings = new List<(string, string?, TextRange)>();
        foreach (var statement in module.Module.Body)
        {
            if (statement is not Assign assign)
                continue;
            foreach (var target in assign.Targets)
            {
                if (target is Name name && Settings.TryGetValue(name.Id, out var canonical))
                    settings.Add((canonical, LiteralText(assign.Value, semantics), name.Range));
            }
        }
        return settings;
    }

    private static string? LiteralText(Expr value, SemanticModel semantics) => value switch
    {
        Constant { Value: ConstantValue.IntValue i } => i.Value.ToString(CultureInfo.InvariantCulture),
        Constant { Value: ConstantValue.FloatValue f } => f.Value.ToString(CultureInfo.InvariantCulture),
        Constant { Value: ConstantValue.StrValue s } => s.Value,
        Constant { Value: ConstantValue.BoolValue b } => b.Value ? "true" : "false",
        List { Elts: [var first, ..] } => LiteralText(first, semantics),
        Python.Ast.Tuple { Elts: [var first, ..] } => LiteralText(first, semantics),
        Call call => CallText(call, semantics),
        _ => null,
    };

    private static string? CallText(Call call, SemanticModel semantics) => semantics.CalleeName(call) switch
    {
        "int" or "float" or "str" when call.Argument(0, "x") is { } inner => LiteralText(inner, semantics),
        "os.getenv" or "os.environ.get" when call.Argument(1, "default") is { } fallback => LiteralText(fallback, semantics),
        _ => null,
    };
}
