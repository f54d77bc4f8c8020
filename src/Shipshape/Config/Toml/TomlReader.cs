using System.Collections.Immutable;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Shipshape.Config.Toml;

/// <summary>
/// Reads TOML with Tomlyn's syntax tree, which keeps every node's source span, into the positioned values the
/// dependency readers use: tables (headers, dotted and quoted keys, inline tables) merged into one tree, arrays
/// of tables, strings, numbers, booleans, dates. Tomlyn's diagnostics (syntax errors, keys defined twice) become
/// ours; what it could still read is kept, so one bad line does not hide the rest of the file.
/// </summary>
public static class TomlReader
{
    public static TomlDocument Read(string text)
    {
        var lines = new LineStarts(text);
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, "toml", validate: true);
        }
        catch (Exception e) when (e is TomlException or ArgumentException)
        {
            // Tomlyn refuses nesting deeper than 64 levels with an exception rather than a diagnostic, and (2.11.1)
            // fails formatting its own message for a basic string that ends in a backslash at the end of the file.
            var message = e is TomlException ? e.Message.Split('\n')[0] : "unreadable TOML (a string cut short by the end of the file?)";
            return new TomlDocument(new TomlTable([], new SourcePosition(1, 1)), [new ConfigDiagnostic(message, new SourcePosition(1, 1))]);
        }

        // After an error Tomlyn often reports the tokens that follow it too: the first problem of each line says it.
        var diagnostics = document.Diagnostics.Where(d => d.Kind == DiagnosticMessageKind.Error)
            .Select(d => new ConfigDiagnostic(d.Message, lines.Position(d.Span.Start.Offset)))
            .DistinctBy(d => d.Position.Line).ToImmutableArray();
        var root = new TableBuilder(new SourcePosition(1, 1));
        foreach (var keyValue in document.KeyValues)
            Add(root, keyValue, lines);
        foreach (var header in document.Tables)
        {
            if (header.Name is null || Path(header.Name) is not { } path)
                continue;
            var position = lines.Position(header.Span.Start.Offset);
            var table = header is TableArraySyntax ? root.AppendArrayTable(path, position) : root.Table(path, position);
            foreach (var keyValue in header.Items)
                Add(table, keyValue, lines);
        }
        return new TomlDocument(root.Freeze(), diagnostics);
    }

    private static void Add(TableBuilder table, KeyValueSyntax keyValue, LineStarts lines)
    {
        if (keyValue.Key is null || Path(keyValue.Key) is not { } path || Value(keyValue.Value, lines) is not { } value)
            return; // Tomlyn has reported what is missing
        table.Table(path[..^1], lines.Position(keyValue.Span.Start.Offset)).Set(path[^1], value);
    }

    private static TomlValue? Value(ValueSyntax? syntax, LineStarts lines)
    {
        if (syntax is null)
            return null;
        var position = lines.Position(syntax.Span.Start.Offset);
        switch (syntax)
        {
            case StringValueSyntax { Value: { } text }:
                return new TomlString(text, position);
            case IntegerValueSyntax { Token: { } token }:
                return new TomlNumber(token.Text!.Replace("_", ""), position);
            case FloatValueSyntax { Token: { } token }:
                return new TomlNumber(token.Text!.Replace("_", ""), position);
            case BooleanValueSyntax boolean:
                return new TomlBoolean(boolean.Value, position);
            case DateTimeValueSyntax { Token: { } token }:
                return new TomlDateTime(token.Text!, position);
            case ArraySyntax array:
                return new TomlArray([.. array.Items.Select(i => Value(i.Value, lines)).OfType<TomlValue>()], position);
            case InlineTableSyntax inline:
                var table = new TableBuilder(position);
                foreach (var item in inline.Items)
                    if (item.KeyValue is { } keyValue)
                        Add(table, keyValue, lines);
                return table.Freeze();
            default:
                return null;
        }
    }

    // a."b c".d → ["a", "b c", "d"]
    private static string[]? Path(KeySyntax key)
    {
        var parts = new List<string>();
        foreach (var part in key.DotKeys.Select(d => d.Key).Prepend(key.Key))
        {
            if (KeyText(part) is not { } text)
                return null;
            parts.Add(text);
        }
        return [.. parts];
    }

    private static string? KeyText(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text,
        StringValueSyntax quoted => quoted.Value,
        _ => null,
    };

    /// <summary>A table being filled: entries keep file order; a key defined twice keeps its first value (Tomlyn reports the second).</summary>
    private sealed class TableBuilder(SourcePosition position)
    {
        private readonly List<(string Key, object Value)> entries = [];

        private SourcePosition Position { get; } = position;

        public TableBuilder Table(IEnumerable<string> path, SourcePosition at)
        {
            var current = this;
            foreach (var key in path)
            {
                current = current.Find(key) switch
                {
                    TableBuilder table => table,
                    List<TableBuilder> { Count: > 0 } array => array[^1], // [[a]] then [a.b]: b belongs to the last a
                    null => current.AddTable(key, at),
                    _ => new TableBuilder(at), // a value already holds this key: read on, detached
                };
            }
            return current;
        }

        public TableBuilder AppendArrayTable(string[] path, SourcePosition at)
        {
            var parent = Table(path[..^1], at);
            var table = new TableBuilder(at);
            if (parent.Find(path[^1]) is List<TableBuilder> array)
                array.Add(table);
            else if (parent.Find(path[^1]) is null)
                parent.entries.Add((path[^1], new List<TableBuilder> { table }));
            return table;
        }

        public void Set(string key, TomlValue value)
        {
            if (Find(key) is null)
                entries.Add((key, value));
        }

        public TomlTable Freeze() => new([.. entries.Select(e => new KeyValuePair<string, TomlValue>(e.Key, e.Value switch
        {
            TableBuilder table => table.Freeze(),
            List<TableBuilder> array => new TomlArray([.. array.Select(t => (TomlValue)t.Freeze())], array[0].Position),
            _ => (TomlValue)e.Value,
        }))], Position);

        private object? Find(string key) => entries.FirstOrDefault(e => e.Key == key).Value;

        private TableBuilder AddTable(string key, SourcePosition at)
        {
            var table = new TableBuilder(at);
            entries.Add((key, table));
            return table;
        }
    }

    /// <summary>Offsets to 1-based line and column (in UTF-16 characters, as every front end counts them).</summary>
    private sealed class LineStarts(string text)
    {
        private readonly int[] starts = [0, .. text.Select((c, i) => (c, i)).Where(p => p.c == '\n').Select(p => p.i + 1)];

        public SourcePosition Position(int offset)
        {
            var index = Array.BinarySearch(starts, offset);
            var line = index >= 0 ? index : ~index - 1;
            return new SourcePosition(line + 1, offset - starts[line] + 1);
        }
    }
}
