namespace Shipshape.Config.Docker;

/// <summary>
/// A here-document attached to an instruction (<c>RUN &lt;&lt;EOF</c> … <c>EOF</c>).
/// <see cref="StripsTabs"/> is the <c>&lt;&lt;-</c> form; <see cref="IsTerminated"/> is false when
/// the file ended before the delimiter (the parser also reports a diagnostic).
/// </summary>
public sealed record DockerHeredoc(
    string Delimiter,
    bool StripsTabs,
    string Content,
    SourcePosition Position,
    int EndLine,
    bool IsTerminated);
