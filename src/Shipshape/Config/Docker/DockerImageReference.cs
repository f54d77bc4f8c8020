namespace Shipshape.Config.Docker;

/// <summary>
/// The image named by FROM: <c>[registry/]repository[:tag][@digest]</c>.
/// A reference without tag and digest means <c>latest</c> to Docker.
/// </summary>
public sealed record DockerImageReference(string Text, string Repository, string? Tag, string? Digest)
{
    public bool IsScratch => Repository == "scratch";

    /// <summary>Pinned means reproducible enough: a digest, or an explicit tag other than <c>latest</c>.</summary>
    public bool IsPinned => IsScratch || Digest is not null || (Tag is not null && Tag != "latest");

    public static DockerImageReference Parse(string text)
    {
        var rest = text;
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }
        string? tag = null;
        var colon = rest.LastIndexOf(':');
        // A colon before the last slash is a registry port (localhost:5000/app), not a tag.
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }
        return new DockerImageReference(text, rest, string.IsNullOrEmpty(tag) ? null : tag, string.IsNullOrEmpty(digest) ? null : digest);
    }
}
