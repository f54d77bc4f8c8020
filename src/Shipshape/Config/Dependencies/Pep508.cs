using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// Reads one PEP 508 requirement string (<c>name[extra1,extra2] &gt;=1,&lt;2 ; python_version &lt; "3.12"</c>,
/// <c>name @ https://…</c>) and the pip-only forms (<c>git+https://…#egg=name</c>, a bare URL or path).
/// Returns null with an error message when the text is not a requirement.
/// </summary>
public static partial class Pep508
{
    [GeneratedRegex(@"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex NameAndRest();

    [GeneratedRegex(@"^(git|hg|svn|bzr)\+")]
    private static partial Regex VcsScheme();

    [GeneratedRegex(@"[#&]egg=([A-Za-z0-9._-]+)")]
    private static partial Regex EggFragment();

    [GeneratedRegex(@"^\(?\s*(~=|===|==|!=|<=|>=|<|>)\s*[^\s,;()]+(\s*,\s*(~=|===|==|!=|<=|>=|<|>)\s*[^\s,;()]+)*\s*\)?$")]
    private static partial Regex SpecifierList();

    public static (Requirement? Requirement, string? Error) Parse(string text, SourcePosition position, string group, bool isEditable = false, ImmutableArray<string> hashes = default)
    {
        hashes = hashes.IsDefault ? [] : hashes;
        var trimmed = text.Trim();
        var (body, marker) = SplitMarker(trimmed);

        if (IsUrlOrPath(body))
        {
            var kind = VcsScheme().IsMatch(body) ? RequirementKind.Vcs
                : body.Contains("://", StringComparison.Ordinal) ? RequirementKind.Url
                : RequirementKind.LocalPath;
            var egg = EggFragment().Match(body);
            var name = egg.Success ? egg.Groups[1].Value : DeriveName(body);
            return (new Requirement(name, [], "", marker, kind, body, hashes, isEditable, group, position, trimmed), null);
        }

        var match = NameAndRest().Match(body);
        if (!match.Success)
            return (null, $"not a requirement: '{Shorten(trimmed)}'");
        var extras = match.Groups[2].Success
            ? match.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
            : [];
        var rest = match.Groups[3].Value.Trim();
        if (rest.StartsWith('@'))
        {
            var url = rest[1..].Trim();
            var kind = VcsScheme().IsMatch(url) ? RequirementKind.Vcs
                : url.StartsWith("file:", StringComparison.Ordinal) ? RequirementKind.LocalPath
                : RequirementKind.Url;
            return (new Requirement(match.Groups[1].Value, extras, "", marker, kind, url, hashes, isEditable, group, position, trimmed), null);
        }
        if (rest.Length > 0 && !SpecifierList().IsMatch(rest))
            return (null, $"invalid version specifier '{Shorten(rest)}'");
        var specifier = rest.Trim('(', ')', ' ');
        return (new Requirement(match.Groups[1].Value, extras, specifier, marker, RequirementKind.Registry, null, hashes, isEditable, group, position, trimmed), null);
    }

    private static (string Body, string? Marker) SplitMarker(string text)
    {
        // In a URL requirement the marker must follow whitespace ("url ; marker"), since URLs may hold ';'.
        var index = text.Contains("://", StringComparison.Ordinal) ? text.IndexOf(" ;", StringComparison.Ordinal) : text.IndexOf(';');
        if (index < 0)
            return (text, null);
        return (text[..index].Trim(), text[(index + 1)..].Trim());
    }

    private static bool IsUrlOrPath(string text) =>
        VcsScheme().IsMatch(text)
        || text.Contains("://", StringComparison.Ordinal)
        || text.StartsWith('.') || text.StartsWith('/') || text.StartsWith('~')
        || text.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>A name for a URL or path requirement without <c>#egg=</c>: its last path segment.</summary>
    private static string DeriveName(string urlOrPath)
    {
        var path = urlOrPath.Split('#', '?')[0].TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        var cut = last.IndexOfAny(['-', '@']);
        var name = last.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || last.Contains(".tar", StringComparison.OrdinalIgnoreCase) || last.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            ? (cut > 0 ? last[..cut] : last)
            : last;
        return name is "" or "." ? urlOrPath : name;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
