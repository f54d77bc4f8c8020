using Shipshape.Discovery;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.General;

/// <summary>Publishes <see cref="ErrorTrackingFact"/>s for error-tracking SDKs initialised in code.</summary>
public sealed class ErrorTrackingCollector : IFactCollector
{
    private static readonly HashSet<string> Initialisers = new(StringComparer.Ordinal)
    {
        "sentry_sdk.init", "raven.contrib.flask.Sentry", "rollbar.init", "bugsnag.configure", "honeybadger.honeybadger.configure",
        "airbrake.Notifier", "pybrake.Notifier", "newrelic.agent.initialize", "elasticapm.contrib.flask.ElasticAPM",
        "elasticapm.Client", "ddtrace.patch_all", "raygun4py.raygunprovider.RaygunSender",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python, FileKind.GunicornConfig };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTest(file.Path)) return;
        foreach (var site in file.Parsed<PythonIndex>().Calls)
        {
            if (site.Callee is { } callee && Initialisers.Contains(callee))
                file.Facts.Add(FactKeys.ErrorTracking, new ErrorTrackingFact(file.LocationOf(site.Call.Range), callee));
        }
    }
}
