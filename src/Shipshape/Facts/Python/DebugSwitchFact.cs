using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A debug switch outside the configuration: <c>app.run(debug=...)</c>, <c>FastAPI(debug=...)</c>, <c>Starlette(debug=...)</c>.</summary>
public sealed record DebugSwitchFact(string Source, PythonValue Value, Location Location)
{
    public override string ToString() => $"{Source} debug = {Value} at {Location}";
}
