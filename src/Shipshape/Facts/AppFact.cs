using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>Where an application object is made: <c>Flask(__name__)</c>, <c>FastAPI()</c>, <c>get_wsgi_application()</c>.</summary>
public sealed record AppFact(Framework Framework, Location Location);
