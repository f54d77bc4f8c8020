using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>Request data (a query parameter, a client file name, a path parameter) reaching a file path.</summary>
/// <param name="Sink">What receives it: "os.path.join", "open", "send_file", ...</param>
public sealed record RequestPathFact(Location Location, string Sink);
