namespace Shipshape.Model;

/// <summary>Which program wrote the report.</summary>
public sealed record ToolInfo(string Name, string Version)
{
    /// <summary>This build of Shipshape (version from the assembly, without build metadata).</summary>
    public static ToolInfo Current { get; } = new("shipshape",
        (typeof(ToolInfo).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0]);
}
