namespace Shipshape.Claims;

/// <summary>Whether a claim topic can be decided by checks, and by which kind.</summary>
public enum TopicKind
{
    /// <summary>Decided by the mapped static (and, with a URL, dynamic) checks.</summary>
    Checked,
    /// <summary>Only the running application can show it (load, latency): needs the probe.</summary>
    Runtime,
    /// <summary>About people and process (approvals, backups, external monitoring): no check can decide it.</summary>
    Organisational,
}
