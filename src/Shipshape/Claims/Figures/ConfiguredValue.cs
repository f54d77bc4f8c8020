using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Claims.Figures;

/// <summary>
/// A figure the code configures, reduced to what it is worth when the app starts in production
/// (a value read from the environment counts as its default) and described with where it is set.
/// </summary>
/// <param name="Value">The production value: a literal or a duration (its location is where it is written).</param>
/// <param name="Name">The setting, keyword or key that holds it.</param>
/// <param name="Environment">The environment variable it is read from (the value is then its default), or null.</param>
/// <param name="FromSetting">True when the code reads it from a setting (<c>settings.LOCKOUT_MINUTES</c>) rather than writing it there.</param>
public sealed record ConfiguredValue(PythonValue Value, string Name, string? Environment, bool FromSetting = false)
{
    /// <summary>The value alone ("10", "30 days").</summary>
    public string Shown => Value is PythonValue.Duration duration ? FigureText.Describe(duration.Value) : Value.ToString();

    /// <summary>Where the value comes from when it is not written where it is used: " (config.py:26 LOCKOUT_THRESHOLD = 5)", else "".</summary>
    public string Origin => FromSetting || Environment is not null ? $" ({Where()})" : "";

    /// <summary>"config.py:11 pool_size = 10", with <paramref name="shown"/> in place of the value when given.</summary>
    public string Where(string? shown = null)
    {
        var value = shown ?? Shown;
        var unset = Environment is null ? "" : $" while {Environment} is unset";
        return $"{Value.Location.Path}:{Value.Location.StartLine} {Name} = {value}{unset}";
    }

    public override string ToString() => Where();

    public long? AsInteger => Value.AsInteger is { } n && n >= long.MinValue && n <= long.MaxValue ? (long)n : null;

    /// <summary>A duration, or a number of <paramref name="unit"/> ("minutes", "seconds") when the value is a plain number.</summary>
    public TimeSpan? AsDuration(string unit) => Value switch
    {
        PythonValue.Duration duration => duration.Value,
        _ when AsInteger is { } n && DurationUnits.Seconds(unit) is { } seconds => TimeSpan.FromSeconds(n * seconds),
        _ => null,
    };

    /// <summary>
    /// <paramref name="figure"/> as configured: its own value, or, when it reads a setting
    /// (<c>settings.LOCKOUT_MINUTES</c>), that setting's production value. Null when neither is known.
    /// </summary>
    public static ConfiguredValue? Of(NamedValue figure, ProjectFacts facts)
    {
        if (figure.Value is not PythonValue.Unknown) return Described(figure.Name, figure.Value);
        if (figure.Reference is not { } name) return null;
        var setting = ProductionConfig.From(facts).Get(name) ?? facts.Get(FactKeys.ConfigValues).FirstOrDefault(v => v.Name == name);
        return setting is null ? null : Described(setting.Name, setting.Value) is { } described ? described with { FromSetting = true } : null;
    }

    /// <summary>The production settings whose name <paramref name="wanted"/> accepts; any configuration class's when production sets none.</summary>
    public static IReadOnlyList<ConfiguredValue> Settings(ProjectFacts facts, Func<string, bool> wanted)
    {
        var production = ProductionConfig.From(facts).Values.Where(v => wanted(v.Name)).ToList();
        var settings = production.Count > 0 ? production : facts.Get(FactKeys.ConfigValues).Where(v => wanted(v.Name)).ToList();
        return settings.Select(s => Described(s.Name, s.Value)).OfType<ConfiguredValue>().ToList();
    }

    private static ConfiguredValue? Described(string name, PythonValue value) =>
        value.WhenUnset is { } effective and not PythonValue.Unknown
            ? new(effective, name, value is PythonValue.Environment read ? read.Variable : null)
            : null;
}
