using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A web application object: <c>app = Flask(__name__)</c>, <c>FastAPI(...)</c>, <c>Starlette(...)</c>.
/// Project-level findings about the app point at <see cref="Location"/> (the constructor call).
/// </summary>
/// <param name="Factory">The enclosing function when the app is made in an application factory (<c>create_app</c>), else null.</param>
public sealed record AppObjectFact(Framework Framework, string Variable, string? Factory, Location Location)
{
    public override string ToString() =>
        $"{Framework.Id()} app '{Variable}'{(Factory is null ? "" : $" in factory {Factory}()")} at {Location}";
}
