using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Shipshape.Config.Compose;

/// <summary>
/// Reads a YAML mapping as compose does: scalar keys in order, with YAML merge keys
/// (<c>&lt;&lt;: *base</c> or <c>&lt;&lt;: [*a, *b]</c>) supplying entries the mapping does not set itself.
/// </summary>
internal static class YamlMaps
{
    private const int MaxMergeDepth = 32;

    public static Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode map) => Entries(map, 0);

    private static Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode map, int depth)
    {
        var entries = new Dictionary<string, KeyValuePair<YamlNode, YamlNode>>(StringComparer.Ordinal);
        var merged = new List<YamlMappingNode>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
                continue;
            if (name == "<<" && key is YamlScalarNode { Style: ScalarStyle.Plain })
            {
                if (value is YamlMappingNode single)
                    merged.Add(single);
                else if (value is YamlSequenceNode many)
                    merged.AddRange(many.Children.OfType<YamlMappingNode>());
                continue;
            }
            entries[name] = new(key, value);
        }
        // Earlier sources in a merge list win over later ones; the mapping's own keys win over all.
        if (depth < MaxMergeDepth)
        {
            foreach (var source in merged)
            {
                foreach (var (name, entry) in Entries(source, depth + 1))
                    entries.TryAdd(name, entry);
            }
        }
        return entries;
    }
}
