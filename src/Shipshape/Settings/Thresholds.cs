namespace Shipshape.Settings;

/// <summary>Figures rules compare against, set under <c>thresholds:</c> in .shipshape.yml.</summary>
/// <param name="MinPasswordLength">AUTH002: shortest acceptable minimum password length.</param>
/// <param name="MaxFileSize">Discovery: files larger than this many bytes are skipped.</param>
public sealed record Thresholds(int MinPasswordLength = 8, long MaxFileSize = Thresholds.DefaultMaxFileSize)
{
    public const long DefaultMaxFileSize = 2 * 1024 * 1024;

    public static Thresholds Default { get; } = new();
}
