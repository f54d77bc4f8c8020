using System.Globalization;
using Shipshape.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Shipshape.Settings;

/// <summary>
/// Reads .shipshape.yml strictly: an unknown key, an unknown rule id or a bad value is an
/// <see cref="InputException"/> naming the file and line, never silently ignored.
/// </summary>
public static class SettingsLoader
{
    public const string FileName = ".shipshape.yml";

    private static readonly string[] TopLevelKeys = ["exclude", "rules", "thresholds", "fail_on"];
    private static readonly string[] ThresholdKeys = ["min_password_length", "max_file_size"];

    /// <summary>Loads <paramref name="path"/>; <paramref name="knownRuleIds"/> are the ids a rules: entry may name.</summary>
    public static ShipshapeSettings Load(string path, IReadOnlySet<string> knownRuleIds)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read config {path}: {e.Message}");
        }
        return Parse(text, path, knownRuleIds);
    }

    public static ShipshapeSettings Parse(string text, string displayPath, IReadOnlySet<string> knownRuleIds)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InputException($"{displayPath}:{e.Start.Line}: invalid YAML: {FirstLine(e.Message)}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return ShipshapeSettings.Default;
        var errors = new ErrorReporter(displayPath);
        var root = errors.Mapping(stream.Documents[0].RootNode, "the top level");

        var excludes = new List<string>();
        var rules = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        var thresholds = Thresholds.Default;
        FailOn? failOn = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = errors.Key(keyNode, TopLevelKeys);
            switch (key)
            {
                case "exclude":
                    excludes.AddRange(errors.Sequence(value, key).Select(item => errors.Scalar(item, "an exclude glob")));
                    break;
                case "rules":
                    foreach (var (idNode, setting) in errors.Mapping(value, key).Children)
                        AddRuleOverride(errors, idNode, setting, knownRuleIds, rules);
                    break;
                case "thresholds":
                    thresholds = ReadThresholds(errors, errors.Mapping(value, key));
                    break;
                case "fail_on":
                    failOn = FailOn.TryParse(errors.Scalar(value, key), out var gate)
                        ? gate
                        : throw errors.At(value, "fail_on must be one of critical, high, medium, low, none");
                    break;
            }
        }
        return new(excludes, rules, thresholds, failOn);
    }

    private static void AddRuleOverride(ErrorReporter errors, YamlNode idNode, YamlNode setting,
        IReadOnlySet<string> knownRuleIds, Dictionary<string, RuleOverride> rules)
    {
        var id = errors.Scalar(idNode, "a rule id").ToUpperInvariant();
        if (!knownRuleIds.Contains(id)) throw errors.At(idNode, $"unknown rule id '{id}' under rules (see `shipshape rules`)");
        var value = errors.Scalar(setting, id).ToLowerInvariant();
        rules[id] = value switch
        {
            "off" or "false" or "disable" or "disabled" => new RuleOverride(false, null),
            "on" or "true" or "enable" or "enabled" => new RuleOverride(true, null),
            _ when SeverityExtensions.TryParse(value, out var severity) => new RuleOverride(true, severity),
            _ => throw errors.At(setting, $"rules.{id} must be off, on, or a severity (critical, high, medium, low, info)"),
        };
    }

    private static Thresholds ReadThresholds(ErrorReporter errors, YamlMappingNode mapping)
    {
        var thresholds = Thresholds.Default;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = errors.Key(keyNode, ThresholdKeys);
            var text = errors.Scalar(value, key);
            thresholds = key switch
            {
                "min_password_length" => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1024
                    ? thresholds with { MinPasswordLength = n }
                    : throw errors.At(value, "thresholds.min_password_length must be a whole number from 1 to 1023"),
                _ => ByteSize.TryParse(text, out var bytes) && bytes > 0
                    ? thresholds with { MaxFileSize = bytes }
                    : throw errors.At(value, "thresholds.max_file_size must be a size such as 2097152, 512KiB or 2MiB"),
            };
        }
        return thresholds;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>Shapes checks and their one-line errors, with the file and line of the offending node.</summary>
    private sealed class ErrorReporter(string path)
    {
        public InputException At(YamlNode node, string message) => new($"{path}:{node.Start.Line}: {message}");

        public YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? (IsEmpty(node) ? new YamlMappingNode() : throw At(node, $"{what} must be a mapping (key: value)"));

        public YamlSequenceNode Sequence(YamlNode node, string what) =>
            node as YamlSequenceNode ?? (IsEmpty(node) ? new YamlSequenceNode() : throw At(node, $"{what} must be a list"));

        // A key with nothing after it ("rules:" followed only by comments) means "nothing set".
        private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null" } scalar
            && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;

        public string Scalar(YamlNode node, string what) =>
            node is YamlScalarNode { Value: { } value } ? value : throw At(node, $"{what} must be a single value");

        public string Key(YamlNode node, string[] allowed)
        {
            var key = Scalar(node, "a key");
            return allowed.Contains(key) ? key : throw At(node, $"unknown key '{key}' (expected {string.Join(", ", allowed)})");
        }
    }
}
