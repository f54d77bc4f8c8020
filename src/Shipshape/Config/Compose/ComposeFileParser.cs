using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Shipshape.Config.Compose;

/// <summary>
/// Reads a compose file with YamlDotNet's representation model, which keeps every node's position
/// and resolves aliases; merge keys (<c>&lt;&lt;: *base</c>) are applied here. Never throws:
/// broken YAML or unexpected shapes become diagnostics.
/// </summary>
public static class ComposeFileParser
{
    public static ComposeFile Parse(string text)
    {
        var diagnostics = ImmutableArray.CreateBuilder<ConfigDiagnostic>();
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(new($"invalid YAML: {FirstLine(e)}", PositionOf(e.Start)));
            return new ComposeFile([], [], diagnostics.ToImmutable());
        }

        if (root is not YamlMappingNode document)
        {
            if (root is not null && !(root is YamlScalarNode { Value: null or "" }))
                diagnostics.Add(new("a compose file must be a mapping", PositionOf(root.Start)));
            return new ComposeFile([], [], diagnostics.ToImmutable());
        }

        var top = YamlMaps.Entries(document);
        var services = ImmutableArray.CreateBuilder<ComposeService>();
        if (top.TryGetValue("services", out var servicesNode))
        {
            if (servicesNode.Value is YamlMappingNode serviceMap)
            {
                foreach (var (name, entry) in YamlMaps.Entries(serviceMap))
                {
                    if (entry.Value is YamlMappingNode serviceNode)
                        services.Add(ReadService(name, entry.Key, serviceNode, diagnostics));
                    else if (entry.Value is not YamlScalarNode { Value: null or "" })
                        diagnostics.Add(new($"service '{name}' is not a mapping", PositionOf(entry.Value.Start)));
                }
            }
            else
            {
                diagnostics.Add(new("'services' is not a mapping", PositionOf(servicesNode.Value.Start)));
            }
        }

        var volumes = top.TryGetValue("volumes", out var volumesNode) && volumesNode.Value is YamlMappingNode volumeMap
            ? volumeMap.Children.Keys.OfType<YamlScalarNode>().Select(k => new Located<string>(k.Value ?? "", PositionOf(k.Start))).ToImmutableArray()
            : [];
        return new ComposeFile(services.ToImmutable(), volumes, diagnostics.ToImmutable());
    }

    private static ComposeService ReadService(string name, YamlNode key, YamlMappingNode node, ImmutableArray<ConfigDiagnostic>.Builder diagnostics)
    {
        var fields = YamlMaps.Entries(node);
        YamlNode? Field(string field) => fields.TryGetValue(field, out var entry) ? entry.Value : null;

        return new ComposeService(
            name,
            PositionOf(key.Start),
            Scalar(Field("image")),
            Field("build") is YamlMappingNode build ? Scalar(YamlMaps.Entries(build).GetValueOrDefault("context").Value) : Scalar(Field("build")),
            ReadEnvironment(Field("environment"), diagnostics),
            Field("env_file") switch
            {
                YamlSequenceNode list => [.. list.Children.Select(ReadEnvFileEntry).OfType<Located<string>>()],
                { } single => Scalar(single) is { } one ? [one] : [],
                null => [],
            },
            ReadHealthcheck(Field("healthcheck")),
            Scalar(Field("restart")),
            Field("volumes") is YamlSequenceNode volumes ? [.. volumes.Children.Select(ReadVolume).OfType<ComposeVolumeMount>()] : [],
            ReadCommand(Field("command")),
            ReadCommand(Field("entrypoint")),
            Field("ports") is YamlSequenceNode ports ? [.. ports.Children.Select(ReadPort).OfType<Located<string>>()] : [],
            Field("profiles") is YamlSequenceNode profiles ? [.. profiles.Children.OfType<YamlScalarNode>().Select(p => p.Value ?? "")] : [],
            ReadDeploy(Field("deploy")),
            Scalar(Field("user")));
    }

    private static ImmutableArray<ComposeEnvironmentVariable> ReadEnvironment(YamlNode? node, ImmutableArray<ConfigDiagnostic>.Builder diagnostics)
    {
        var variables = ImmutableArray.CreateBuilder<ComposeEnvironmentVariable>();
        switch (node)
        {
            case YamlSequenceNode list:
                foreach (var item in list.Children.OfType<YamlScalarNode>())
                {
                    var text = item.Value ?? "";
                    var equals = text.IndexOf('=');
                    var position = PositionOf(item.Start);
                    variables.Add(equals < 0
                        ? new(text, null, position, position)
                        : new(text[..equals], text[(equals + 1)..], position, position with { Column = position.Column + equals + 1 + QuoteWidth(item) }));
                }
                break;
            case YamlMappingNode map:
                foreach (var (key, entry) in YamlMaps.Entries(map))
                {
                    var value = entry.Value as YamlScalarNode;
                    var isNull = value is null || (value.Style == ScalarStyle.Plain && value.Value is "" or "~" or "null");
                    variables.Add(new(key, isNull ? null : value!.Value, PositionOf(entry.Key.Start), PositionOf(entry.Value.Start)));
                }
                break;
            case null:
                break;
            default:
                diagnostics.Add(new("'environment' must be a list or a mapping", PositionOf(node.Start)));
                break;
        }
        return variables.ToImmutable();
    }

    private static int QuoteWidth(YamlScalarNode node) => node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;

    private static Located<string>? ReadEnvFileEntry(YamlNode node) =>
        node is YamlMappingNode map ? Scalar(YamlMaps.Entries(map).GetValueOrDefault("path").Value) : Scalar(node);

    private static ComposeHealthcheck? ReadHealthcheck(YamlNode? node)
    {
        if (node is not YamlMappingNode map)
            return null;
        var fields = YamlMaps.Entries(map);
        var test = ReadCommand(fields.GetValueOrDefault("test").Value);
        var disabled = Scalar(fields.GetValueOrDefault("disable").Value)?.Value is "true" or "True"
            || test is { Words: [var first, ..] } && first == "NONE";
        return new ComposeHealthcheck(disabled, test, PositionOf(map.Start));
    }

    private static ComposeCommand? ReadCommand(YamlNode? node) => node switch
    {
        YamlSequenceNode list => new ComposeCommand(
            true,
            [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
            string.Join(' ', list.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
            PositionOf(list.Start)),
        YamlScalarNode { Value: { Length: > 0 } text } scalar => new ComposeCommand(false, [.. ShellWords.Split(text)], text, PositionOf(scalar.Start)),
        _ => null,
    };

    private static ComposeVolumeMount? ReadVolume(YamlNode node)
    {
        if (node is YamlMappingNode map)
        {
            var fields = YamlMaps.Entries(map);
            var type = Scalar(fields.GetValueOrDefault("type").Value)?.Value;
            var source = Scalar(fields.GetValueOrDefault("source").Value)?.Value;
            var target = Scalar(fields.GetValueOrDefault("target").Value)?.Value ?? "";
            var kind = type switch
            {
                "bind" => ComposeVolumeKind.Bind,
                "tmpfs" => ComposeVolumeKind.Tmpfs,
                _ when source is null => ComposeVolumeKind.Anonymous,
                _ => ComposeVolumeKind.Named,
            };
            return new ComposeVolumeMount(source, target, kind, PositionOf(map.Start));
        }
        if (node is not YamlScalarNode { Value: { } text } scalar)
            return null;
        var parts = text.Split(':');
        if (parts.Length == 1)
            return new ComposeVolumeMount(null, parts[0], ComposeVolumeKind.Anonymous, PositionOf(scalar.Start));
        var isBind = parts[0].StartsWith('.') || parts[0].StartsWith('/') || parts[0].StartsWith('~') || parts[0].StartsWith('$');
        return new ComposeVolumeMount(parts[0], parts[1], isBind ? ComposeVolumeKind.Bind : ComposeVolumeKind.Named, PositionOf(scalar.Start));
    }

    private static Located<string>? ReadPort(YamlNode node) => node switch
    {
        YamlMappingNode map => Scalar(YamlMaps.Entries(map).GetValueOrDefault("published").Value) ?? Scalar(YamlMaps.Entries(map).GetValueOrDefault("target").Value),
        _ => Scalar(node),
    };

    private static ComposeDeploy? ReadDeploy(YamlNode? node)
    {
        if (node is not YamlMappingNode map)
            return null;
        var fields = YamlMaps.Entries(map);
        var replicas = int.TryParse(Scalar(fields.GetValueOrDefault("replicas").Value)?.Value, out var count) ? count : (int?)null;
        var condition = fields.GetValueOrDefault("restart_policy").Value is YamlMappingNode policy
            ? Scalar(YamlMaps.Entries(policy).GetValueOrDefault("condition").Value) ?? new Located<string>("any", PositionOf(policy.Start))
            : null;
        return new ComposeDeploy(replicas, condition, PositionOf(map.Start));
    }

    private static Located<string>? Scalar(YamlNode? node) =>
        node is YamlScalarNode { Value: { } value } scalar ? new Located<string>(value, PositionOf(scalar.Start)) : null;

    internal static SourcePosition PositionOf(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string FirstLine(Exception e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline];
    }
}
