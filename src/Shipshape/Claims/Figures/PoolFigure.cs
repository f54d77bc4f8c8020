using System.Text.RegularExpressions;
using Shipshape.Facts;
using Shipshape.Facts.General;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "10 connections, 20 overflow", "1-hour connection recycling": the connection pool's size,
/// overflow and recycle time (any of them). Compared with each engine's pool options
/// (<c>SQLALCHEMY_ENGINE_OPTIONS</c>, <c>create_engine(...)</c>); an option the engine leaves out
/// has SQLAlchemy's default (QueuePool: 5, 10 overflow, never recycled).
/// </summary>
public sealed partial record PoolFigure(int? Size, int? Overflow, TimeSpan? Recycle) : ClaimFigure
{
    public override string TopicId => "pooling";

    public static PoolFigure? Read(string text)
    {
        if (!Pool().IsMatch(text)) return null;
        var size = SizePattern().Match(text);
        var overflow = OverflowPattern().Match(text);
        TimeSpan? recycle = Recycling().IsMatch(text) && FigureText.Durations(text) is [var first, ..] ? first : null;
        if (!size.Success && !overflow.Success && recycle is null) return null;
        return new(size.Success ? int.Parse(size.Groups["n"].Value) : null, overflow.Success ? int.Parse(overflow.Groups["n"].Value) : null, recycle);
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var pools = facts.Get(FactKeys.EnginePools);
        if (pools.Count == 0) return null;
        var evidence = new List<string>();
        var agrees = false;
        foreach (var pool in pools)
        {
            var matches = true;
            if (Size is { } size) matches &= Option(pool, "pool_size", 5, facts, evidence) == size;
            if (Overflow is { } overflow) matches &= Option(pool, "max_overflow", 10, facts, evidence) == overflow;
            if (Recycle is { } recycle) matches &= Option(pool, "pool_recycle", -1, facts, evidence) == (long)recycle.TotalSeconds;
            agrees |= matches;
        }
        return FigureComparison.Of(agrees, this, evidence);
    }

    /// <summary>The option's value (recording where it is set), or SQLAlchemy's default when the engine leaves it out.</summary>
    private static long? Option(EnginePoolFact pool, string name, long fallback, ProjectFacts facts, List<string> evidence)
    {
        var written = pool.Values.FirstOrDefault(v => v.Name == name);
        if (written is null)
        {
            evidence.Add($"{pool.Location.Path}:{pool.Location.StartLine} sets no {name}: SQLAlchemy's default is {(fallback < 0 ? "never" : fallback)}");
            return fallback;
        }
        var value = ConfiguredValue.Of(written, facts);
        evidence.Add(value is null ? $"{pool.Location.Path}:{pool.Location.StartLine} {name} is not a literal" : Shown(value, name));
        return value?.AsInteger;
    }

    private static string Shown(ConfiguredValue value, string name) =>
        name == "pool_recycle" && value.AsInteger is > 0 and var seconds ? value.Where($"{seconds} ({FigureText.Describe(TimeSpan.FromSeconds(seconds))})") : value.Where();

    public override string ToString() => string.Join(", ", new[]
    {
        Size is { } s ? $"pool of {s} connections" : null,
        Overflow is { } o ? $"{o} overflow" : null,
        Recycle is { } r ? $"recycled every {FigureText.Describe(r)}" : null,
    }.OfType<string>());

    [GeneratedRegex(@"\bpool|\bconnections?\b|overflow|recycl", RegexOptions.IgnoreCase)]
    private static partial Regex Pool();

    [GeneratedRegex(@"recycl", RegexOptions.IgnoreCase)]
    private static partial Regex Recycling();

    [GeneratedRegex(@"(?<n>\d+)\s+(?:persistent\s+|pooled\s+|database\s+|db\s+)?connections\b|pool[_ ]size\W+(?<n>\d+)|pool of (?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"(?<n>\d+)\s+overflow|max_overflow\W+(?<n>\d+)|overflow of (?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OverflowPattern();
}
