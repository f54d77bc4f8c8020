namespace Shipshape.Probe.Checks.Debug;

/// <summary>
/// Text that only a debugger or a debug error page puts in a response, and what it means. All of
/// <see cref="Markers"/> must appear (case-insensitive) for the signature to match.
/// </summary>
public sealed record DebugPageSignature(string Name, IReadOnlyList<string> Markers)
{
    public static readonly IReadOnlyList<DebugPageSignature> All =
    [
        new("Werkzeug debugger console", ["Werkzeug Debugger", "CONSOLE_MODE = true"]),
        new("Werkzeug debugger traceback", ["Werkzeug Debugger", "Traceback"]),
        new("Werkzeug debugger resources", ["__debugger__", "EVALEX"]),
        new("Django technical 404 page (DEBUG = True)", ["Django tried these URL patterns"]),
        new("Django technical 404 page (DEBUG = True)", ["DEBUG = True", "Using the URLconf defined in"]),
        new("Django technical 500 page (DEBUG = True)", ["Exception Value:", "Request Method:", "Traceback"]),
        new("Python traceback", ["Traceback (most recent call last)"]),
        new("Python traceback", ["Traceback <em>(most recent call last)</em>"]),
    ];

    /// <summary>The first signature the body matches, or null.</summary>
    public static DebugPageSignature? Match(string body) =>
        All.FirstOrDefault(s => s.Markers.All(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)));
}
