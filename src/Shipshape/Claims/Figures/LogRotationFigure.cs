using System.Text.RegularExpressions;
using Shipshape.Facts;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "Rotating file handler (10MB per file, 10 backups)": the size at which a log file rotates and
/// how many old files are kept (either may be missing). Compared with each rotating handler's
/// <c>maxBytes</c> and <c>backupCount</c> (in code or in a logging dictionary).
/// </summary>
public sealed partial record LogRotationFigure(ByteSize? MaxSize, int? Backups) : ClaimFigure
{
    public override string TopicId => "logging";

    public static LogRotationFigure? Read(string text)
    {
        if (!Rotation().IsMatch(text)) return null;
        var size = FigureText.Size(text);
        var backups = BackupsPattern().Match(text);
        if (size is null && !backups.Success) return null;
        return new(size, backups.Success ? int.Parse(backups.Groups["n"].Value) : null);
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var handlers = facts.Get(FactKeys.LogRotations);
        if (handlers.Count == 0) return null;
        var evidence = new List<string>();
        var agrees = false;
        foreach (var handler in handlers)
        {
            var where = $"{handler.Location.Path}:{handler.Location.StartLine} {handler.Handler.Split('.')[^1]}";
            var size = Argument(handler.Argument("maxBytes"), facts, out var bytes);
            var backups = Argument(handler.Argument("backupCount"), facts, out var count);
            evidence.Add($"{where}(maxBytes={size}, backupCount={backups})");
            agrees |= (MaxSize is null || (bytes is { } written && MaxSize.Matches(written))) && (Backups is null || count == Backups);
        }
        return FigureComparison.Of(agrees, this, evidence);
    }

    /// <summary>How an argument is shown, with its integer value; a missing one is the handler's default, 0 (never rotates by size, keeps no backups).</summary>
    private static string Argument(Facts.Python.NamedValue? written, ProjectFacts facts, out long? value)
    {
        if (written is null)
        {
            value = 0;
            return "0 (default)";
        }
        var configured = ConfiguredValue.Of(written, facts);
        value = configured?.AsInteger;
        if (configured is null) return "not a literal";
        var megabytes = value is >= 1024 * 1024 ? $" ({FigureText.DescribeBytes(value.Value)})" : "";
        return configured.Shown + megabytes + configured.Origin;
    }

    public override string ToString() => string.Join(", ", new[]
    {
        MaxSize is { } size ? $"{size} per file" : null,
        Backups is { } backups ? $"{backups} backups" : null,
    }.OfType<string>());

    [GeneratedRegex(@"rotat|\blogs?\b|\blog file|\bbackups\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rotation();

    [GeneratedRegex(@"(?<n>\d+)\s+(?:backups?|backup files|rotated files|old files|files kept)\b|backupCount\W+(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex BackupsPattern();
}
