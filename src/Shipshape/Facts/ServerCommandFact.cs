using Shipshape.Config.Servers;
using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>
/// A server the project starts, from a Dockerfile's final CMD/ENTRYPOINT, a compose service's
/// command or a Procfile line. <see cref="Origin"/> says which ("dockerfile", "compose", "procfile").
/// </summary>
public sealed record ServerCommandFact(ServerInvocation Server, string Origin, Location Location)
{
    public override string ToString() => $"{Server.Kind} ({Origin}) {Location}: {Server.CommandText}";
}
