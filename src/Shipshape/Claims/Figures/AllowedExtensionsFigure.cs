using System.Text.RegularExpressions;
using Shipshape.Facts;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "Allowed extensions: jpg, jpeg, png, gif, webp": compared, as a set, with the upload allow-lists
/// the code writes (<c>ALLOWED_EXTENSIONS = {...}</c>, a module constant or a setting).
/// </summary>
public sealed partial record AllowedExtensionsFigure(IReadOnlyList<string> Extensions) : ClaimFigure
{
    public override string TopicId => "uploads";

    public static AllowedExtensionsFigure? Read(string text)
    {
        var list = Pattern().Match(text);
        if (!list.Success) return null;
        var extensions = Normalise(Item().Matches(list.Groups["list"].Value).Select(m => m.Value)
            .Where(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase) && !w.Equals("or", StringComparison.OrdinalIgnoreCase)));
        return extensions.Count > 0 ? new(extensions) : null;
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var lists = facts.Get(FactKeys.UploadAllowLists);
        if (lists.Count == 0) return null;
        var evidence = new List<string>();
        foreach (var list in lists)
        {
            var configured = Normalise(list.Extensions);
            var onlyCode = configured.Except(Extensions).ToList();
            var onlyReport = Extensions.Except(configured).ToList();
            var difference = onlyCode.Count + onlyReport.Count == 0 ? ""
                : $"; {string.Join("; ", new[] { onlyCode.Count > 0 ? $"the code also allows {string.Join(", ", onlyCode)}" : null, onlyReport.Count > 0 ? $"the code does not allow {string.Join(", ", onlyReport)}" : null }.OfType<string>())}";
            evidence.Add($"{list.Location.Path}:{list.Location.StartLine} {list.Name} = {string.Join(", ", configured)}{difference}");
        }
        return FigureComparison.Of(lists.Any(l => Normalise(l.Extensions).SequenceEqual(Extensions)), this, evidence);
    }

    /// <summary>Lower case, without dots, sorted and distinct: the set as compared and shown.</summary>
    private static List<string> Normalise(IEnumerable<string> extensions) =>
        extensions.Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    public override string ToString() => $"allowed extensions {string.Join(", ", Extensions)}";

    [GeneratedRegex(@"(?:allowed|permitted|accepted|whitelist(?:ed)?|allow-?list(?:ed)?)\s+(?:file\s+|upload\s+)?(?:extensions|file types|types|formats)\s*:\s*(?<list>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\.?[A-Za-z0-9]{1,6}\b")]
    private static partial Regex Item();
}
