namespace Shipshape.Model;

/// <summary>A span in a scanned file.</summary>
/// <param name="Path">Relative to the scanned root, forward slashes.</param>
/// <param name="StartLine">1-based.</param>
/// <param name="StartColumn">1-based, in characters (UTF-16 code units).</param>
/// <param name="EndLine">1-based, inclusive.</param>
/// <param name="EndColumn">1-based, exclusive (one past the last character), as in SARIF.</param>
public sealed record Location(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A whole-file location, for findings about a file rather than a span in it.</summary>
    public static Location File(string path) => new(path, 1, 1, 1, 1);

    /// <summary>True for <see cref="File"/> locations, which name a file but no code in it.</summary>
    public bool IsWholeFile => StartLine == 1 && EndLine == 1 && StartColumn == 1 && EndColumn == 1;

    public override string ToString() => $"{Path}:{StartLine}:{StartColumn}";
}
