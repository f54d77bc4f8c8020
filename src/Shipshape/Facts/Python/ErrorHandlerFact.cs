using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A custom error handler: <c>@app.errorhandler(404)</c>, <c>register_error_handler</c>, FastAPI <c>exception_handler</c>, Django <c>handler500</c>.</summary>
/// <param name="Code">The status code handled, or null for an exception class (<paramref name="Exception"/>).</param>
public sealed record ErrorHandlerFact(int? Code, string? Exception, Location Location)
{
    public override string ToString() => $"error handler {(Code?.ToString() ?? Exception)} at {Location}";
}
