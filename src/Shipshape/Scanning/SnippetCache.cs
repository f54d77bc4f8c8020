using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Text;

namespace Shipshape.Scanning;

/// <summary>Reads the code at a location for project-rule findings, re-reading each file at most once.</summary>
internal sealed class SnippetCache(string root)
{
    private readonly Dictionary<string, TextLines?> _files = new(StringComparer.Ordinal);

    public string Read(Location location)
    {
        if (!_files.TryGetValue(location.Path, out var lines))
        {
            var text = FileReader.Read(Path.Combine(root, location.Path)).Text;
            _files[location.Path] = lines = text is null ? null : new TextLines(text);
        }
        return lines is null ? "" : SnippetReader.Read(lines, location);
    }
}
