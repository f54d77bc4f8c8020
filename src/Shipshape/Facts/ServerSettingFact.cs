using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>
/// A server setting from a server configuration file (gunicorn.conf.py: <c>workers = 4</c>).
/// <see cref="Name"/> uses the canonical names of <see cref="Config.Servers.ServerOptions"/>;
/// <see cref="Value"/> is the literal as text, or null when the value is computed
/// (<c>multiprocessing.cpu_count() * 2 + 1</c>).
/// </summary>
public sealed record ServerSettingFact(string Name, string? Value, Location Location)
{
    public override string ToString() => $"{Name} = {Value ?? "(computed)"} at {Location}";
}
