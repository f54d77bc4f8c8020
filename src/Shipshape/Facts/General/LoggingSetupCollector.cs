using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="LoggingSetupFact"/>s: <c>logging.basicConfig</c>, <c>dictConfig</c>/<c>fileConfig</c>,
/// a handler added to a logger, <c>structlog.configure</c>, loguru's <c>logger.add</c>, Django's
/// <c>LOGGING</c> setting, and gunicorn's <c>errorlog</c>/<c>logconfig_dict</c>.
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
        }

        foreach (var statement in file.Python.Parsed.Module.Body)
        {
            if (statement is Assign { Targets: [Name target] } && SetupSettings.Contains(target.Id))
                file.Facts.Add(FactKeys.LoggingSetup, new LoggingSetupFact(file.LocationOf(statement.Range), target.Id));
        }
    }
}
