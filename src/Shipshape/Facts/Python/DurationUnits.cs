namespace Shipshape.Facts.Python;

/// <summary>
/// The units Python code names durations in: <c>timedelta</c>'s keywords ("minutes") and the suffixes
/// of settings that hold a number of them (<c>LOCKOUT_MINUTES</c>, <c>ACCESS_TOKEN_EXPIRE_DAYS</c>).
/// </summary>
public static class DurationUnits
{
    private static readonly (string Unit, double Seconds)[] Units =
    [
        ("microseconds", 1e-6), ("milliseconds", 1e-3), ("seconds", 1), ("minutes", 60), ("hours", 3600), ("days", 86400), ("weeks", 604800),
    ];

    /// <summary>Seconds in one <paramref name="unit"/> ("minutes" → 60), or null for a word that is not one.</summary>
    public static double? Seconds(string unit) =>
        Units.FirstOrDefault(u => u.Unit == unit) is { Unit: not null } found ? found.Seconds : null;

    /// <summary>The unit a setting's name ends with ("LOCKOUT_MINUTES" → "minutes"), or null.</summary>
    public static string? OfSettingName(string name)
    {
        var last = name.Split('_')[^1].ToLowerInvariant();
        return Units.Select(u => u.Unit).FirstOrDefault(u => u == last || u == last + "s");
    }
}
