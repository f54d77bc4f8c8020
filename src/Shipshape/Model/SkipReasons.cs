namespace Shipshape.Model;

/// <summary>The reasons a path is listed in the report's "skipped" section.</summary>
public static class SkipReasons
{
    public const string Binary = "binary";
    public const string TooLarge = "too-large";
    public const string Unreadable = "unreadable";
    public const string InvalidText = "invalid-text";
    public const string SymlinkOutsideRoot = "symlink-outside-root";
    public const string SymlinkCycle = "symlink-cycle";
}
