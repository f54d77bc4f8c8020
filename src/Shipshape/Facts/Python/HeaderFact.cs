using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A response header set by the app's code (<c>response.headers['X-Frame-Options'] = 'DENY'</c>), or by Talisman's options.</summary>
public sealed record HeaderFact(string Name, PythonValue Value, Location Location)
{
    public override string ToString() => $"header {Name}: {Value} at {Location}";
}
