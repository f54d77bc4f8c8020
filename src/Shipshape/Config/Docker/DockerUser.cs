namespace Shipshape.Config.Docker;

/// <summary>
/// The user a stage's processes run as. <see cref="Instruction"/> is the USER instruction that set it,
/// or null when none did (Docker then runs as root). <see cref="Name"/> has ARG/ENV references expanded.
/// </summary>
public sealed record DockerUser(string Name, DockerInstruction? Instruction)
{
    public static readonly DockerUser DefaultRoot = new("root", null);

    /// <summary>root by name or uid 0, with or without a group (<c>root:root</c>, <c>0:0</c>).</summary>
    public bool IsRoot
    {
        get
        {
            var user = Name.Split(':')[0].Trim();
            return user is "root" or "0" or "";
        }
    }
}
