using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>
/// A rotating log handler: <c>RotatingFileHandler(path, maxBytes=..., backupCount=...)</c>,
/// <c>TimedRotatingFileHandler</c>, or the same class named in a <c>dictConfig</c>/<c>LOGGING</c> handler.
/// </summary>
/// <param name="Handler">The handler class ("logging.handlers.RotatingFileHandler").</param>
/// <param name="Arguments">Its rotation figures as written: <c>maxBytes</c>, <c>backupCount</c>, <c>when</c>, <c>interval</c>.</param>
public sealed record LogRotationFact(string Handler, IReadOnlyList<NamedValue> Arguments, Location Location)
{
    public NamedValue? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    public override string ToString() => $"{Handler}({string.Join(", ", Arguments)}) at {Location}";
}
