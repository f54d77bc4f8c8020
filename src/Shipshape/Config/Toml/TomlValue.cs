using System.Collections.Immutable;

namespace Shipshape.Config.Toml;

/// <summary>A TOML value with the position where it starts.</summary>
public abstract record TomlValue(SourcePosition Position);

public sealed record TomlString(string Value, SourcePosition Position) : TomlValue(Position);

/// <summary>An integer or float, kept as written (without underscores) since the readers only compare or print it.</summary>
public sealed record TomlNumber(string Text, SourcePosition Position) : TomlValue(Position);

public sealed record TomlBoolean(bool Value, SourcePosition Position) : TomlValue(Position);

public sealed record TomlArray(ImmutableArray<TomlValue> Items, SourcePosition Position) : TomlValue(Position);

/// <summary>A table (standard, inline, or one element of an array of tables); keys keep file order.</summary>
public sealed record TomlTable(ImmutableArray<KeyValuePair<string, TomlValue>> Entries, SourcePosition Position) : TomlValue(Position)
{
    public TomlValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>Follows a dotted path of keys through nested tables: <c>Find("tool", "poetry", "dependencies")</c>.</summary>
    public TomlValue? Find(params string[] keys)
    {
        TomlValue? current = this;
        foreach (var key in keys)
            current = (current as TomlTable)?[key];
        return current;
    }
}

/// <summary>A date, time or date-time, kept as written: no reader needs more.</summary>
public sealed record TomlDateTime(string Text, SourcePosition Position) : TomlValue(Position);
