using System.Text.RegularExpressions;
using Shipshape.Facts;

namespace Shipshape.Claims.Figures;

/// <summary>"Max file size: 5MB": compared with the request-size limit production configures (Flask's <c>MAX_CONTENT_LENGTH</c>).</summary>
public sealed partial record UploadSizeFigure(ByteSize Size) : ClaimFigure
{
    public override string TopicId => "uploads";

    public static UploadSizeFigure? Read(string text) =>
        Upload().IsMatch(text) && FigureText.Size(text) is { } size ? new(size) : null;

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var limits = ConfiguredValue.Settings(facts, name => name == "MAX_CONTENT_LENGTH").Where(v => v.AsInteger is not null).ToList();
        if (limits.Count == 0) return null;
        return FigureComparison.Of(limits.Any(l => Size.Matches(l.AsInteger!.Value)), this,
            limits.Select(l => l.Where($"{l.Shown} ({FigureText.DescribeBytes(l.AsInteger!.Value)})")));
    }

    public override string ToString() => $"uploads up to {Size}";

    [GeneratedRegex(@"file size|upload|max_content_length|request size|body size|max(?:imum)? size", RegexOptions.IgnoreCase)]
    private static partial Regex Upload();
}
