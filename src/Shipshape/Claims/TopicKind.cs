namespace Shipshape.Claims;

/// <summary>Whether a claim topic can be decided by checks, and by which kind.</summary>
public enum TopicKind
{
    /// <summary>Decided by the mapped static (and, with a URL, dynamic) checks.</summary>
    Checked,
    /// <summary>
    /// A claim about a whole area ("security improvements implemented"): decided by every check of
    /// the area, except that a heading is answered by the claims of its own section.
    /// </summary>
    Umbrella,
    /// <summary>
    /// A judgement ("bank-level security"): a failing mapped check contradicts it, but passing checks
    /// cannot confirm a superlative, so it is otherwise unverifiable.
    /// </summary>
    Judgement,
    /// <summary>Only the running application can show it (load, latency): needs the probe.</summary>
    Runtime,
    /// <summary>About people and process (approvals, backups, external monitoring): no check can decide it.</summary>
    Organisational,
    /// <summary>About the code, but nothing this tool checks decides it (an encryption design, an audit trail); the note says what.</summary>
    Unchecked,
}
