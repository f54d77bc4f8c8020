using Shipshape.Discovery;
using Shipshape.Facts.Python;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="LoggingSetupFact"/>s: <c>logging.basicConfig</c>, <c>dictConfig</c>/<c>fileConfig</c>,
/// a handler added to a logger, <c>structlog.configure</c>, loguru's <c>logger.add</c>, Django's
/// <c>LOGGING</c> setting, and gunicorn's <c>errorlog</c>/<c>logconfig_dict</c>; and <see cref="LogRotationFact"/>s
/// for rotating file handlers, made in code or named in a logging dictionary.
/// </summary>
public sealed class LoggingSetupCollector : IFactCollector
{
    private static readonly HashSet<string> SetupCalls = new(StringComparer.Ordinal)
    {
        "logging.basicConfig", "logging.config.dictConfig", "logging.config.fileConfig", "structlog.configure",
        "loguru.logger.add", "loguru.logger.configure",
    };

    private static readonly HashSet<string> SetupSettings = new(StringComparer.Ordinal)
    {
        "LOGGING", "LOGGING_CONFIG", "logconfig_dict", "logconfig", "errorlog", "accesslog",
    };

    /// <summary>Rotating handler classes and their positional parameters after the file name, for the figures a report may state.</summary>
    private static readonly Dictionary<string, string[]> RotatingHandlers = new(StringComparer.Ordinal)
    {
        ["logging.handlers.RotatingFileHandler"] = ["filename", "mode", "maxBytes", "backupCount"],
        ["logging.handlers.TimedRotatingFileHandler"] = ["filename", "when", "interval", "backupCount"],
    };

    private static readonly string[] RotationFigures = ["maxBytes", "backupCount", "when", "interval"];

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python, FileKind.GunicornConfig };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTest(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        foreach (var site in index.Calls)
        {
            var how = site.Callee is { } callee && SetupCalls.Contains(callee) ? callee
                : site.Call.Func is Attribute { Attr: "addHandler" } ? "addHandler"
                : null;
            if (how is not null) file.Facts.Add(FactKeys.LoggingSetup, new LoggingSetupFact(file.LocationOf(site.Call.Range), how));
            if (site.Callee is { } handler && RotatingHandlers.TryGetValue(handler, out var parameters))
                RotatingHandler(file, index, handler, site.Call, parameters);
            if (site.Callee == "logging.config.dictConfig" && site.Call.Positional(0) is { } config) RotatingHandlerEntries(file, index, config);
        }

        foreach (var statement in file.Python.Parsed.Module.Body)
        {
            if (statement is Assign { Targets: [Name target], Value: var value } && SetupSettings.Contains(target.Id))
            {
                file.Facts.Add(FactKeys.LoggingSetup, new LoggingSetupFact(file.LocationOf(statement.Range), target.Id));
                RotatingHandlerEntries(file, index, value);
            }
        }
    }

    private static void RotatingHandler(FileContext file, PythonIndex index, string handler, Call call, string[] parameters)
    {
        var figures = RotationFigures
            .Select(name => (Name: name, Position: Array.IndexOf(parameters, name)))
            .Select(p => (p.Name, Value: p.Position < 0 ? call.Keyword(p.Name) : call.Argument(p.Position, p.Name)))
            .Where(p => p.Value is not null)
            .Select(p => NamedValue.Read(p.Name, p.Value!, new PythonValueReader(file), index.Semantics))
            .ToList();
        file.Facts.Add(FactKeys.LogRotations, new LogRotationFact(handler, figures, file.LocationOf(call.Range)));
    }

    /// <summary>Handlers of a <c>dictConfig</c> dictionary: <c>{'class': 'logging.handlers.RotatingFileHandler', 'maxBytes': ..., 'backupCount': ...}</c>.</summary>
    private static void RotatingHandlerEntries(FileContext file, PythonIndex index, Expr config)
    {
        foreach (var entry in config.Descendants().Prepend(config).OfType<Dict>())
        {
            var pairs = entry.Keys.Zip(entry.Values).Where(p => p.First is not null)
                .Select(p => (Key: index.Semantics.StaticString(p.First!), Value: p.Second)).Where(p => p.Key is not null).ToList();
            var handler = pairs.Where(p => p.Key == "class").Select(p => index.Semantics.StaticString(p.Value)).FirstOrDefault();
            if (handler is null || !RotatingHandlers.ContainsKey(handler)) continue;
            var figures = pairs.Where(p => RotationFigures.Contains(p.Key))
                .Select(p => NamedValue.Read(p.Key!, p.Value, new PythonValueReader(file), index.Semantics)).ToList();
            file.Facts.Add(FactKeys.LogRotations, new LogRotationFact(handler, figures, file.LocationOf(entry.Range)));
        }
    }
}
