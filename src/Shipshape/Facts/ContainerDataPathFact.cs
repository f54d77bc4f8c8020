using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>
/// A place where the application writes data it must keep (uploads, a SQLite file, a data
/// folder), as a path inside the container, with the reason it is believed to hold data.
/// Published from configuration here; the Python front end may add ones found in code.
/// </summary>
public sealed record ContainerDataPathFact(string Path, string Reason, Location Location);
