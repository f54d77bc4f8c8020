using System.Globalization;

namespace Shipshape.Settings;

/// <summary>Reads sizes written as bytes ("2097152") or with a unit ("512KiB", "2MiB", "1 MB").</summary>
public static class ByteSize
{
    private static readonly (string Unit, long Factor)[] Units =
    [
        ("kib", 1024L), ("mib", 1024L * 1024), ("gib", 1024L * 1024 * 1024),
        ("kb", 1000L), ("mb", 1000L * 1000), ("gb", 1000L * 1000 * 1000), ("b", 1L),
    ];

    public static bool TryParse(string text, out long bytes)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        var (unit, factor) = Units.FirstOrDefault(u => trimmed.EndsWith(u.Unit, StringComparison.Ordinal), (Unit: "", Factor: 1L));
        var number = trimmed[..^unit.Length].Trim();
        bytes = 0;
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return false;
        if (count > long.MaxValue / factor) return false;
        bytes = count * factor;
        return true;
    }

    public static string Format(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB" : $"{bytes} B";
}
