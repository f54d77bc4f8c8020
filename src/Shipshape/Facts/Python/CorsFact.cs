using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A CORS policy: flask-cors <c>CORS(...)</c> / <c>@cross_origin</c>, Starlette/FastAPI <c>CORSMiddleware</c>.
/// </summary>
/// <param name="Origins">The allowed origins as read; flask-cors' default is any origin.</param>
/// <param name="OriginsReference">When the origins come from another object (<c>settings.ALLOWED_ORIGINS</c>), the attribute or key name to look up in the configuration.</param>
/// <param name="Credentials">True when cookies/credentials are allowed (<c>supports_credentials</c>, <c>allow_credentials</c>).</param>
public sealed record CorsFact(PythonValue Origins, string? OriginsReference, bool Credentials, Location Location)
{
    public override string ToString() =>
        $"CORS origins {Origins}{(OriginsReference is null ? "" : $" (from {OriginsReference})")}, credentials {Credentials} at {Location}";
}
