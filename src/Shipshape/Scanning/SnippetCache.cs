using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Text;

namespace Shipshape.Scanning;

/// <summary>Reads the code at a location for project-rule findings, re-reading each file at most once
/// (and none larger than the scan's size limit).</summary>
internal sealed class SnippetCache(string root, long maxFileSize)
{
    private readonly Dictionary<string, TextLines?> _files = new(StringComparer.Ordinal);

    public string Read(Location location)
    {
        if (!_files.TryGetValue(location.Path, out var lines))
        {
            var full = Path.Combine(root, location.Path);
            var size = File.Exists(full) ? new FileInfo(full).Length : -1;
            var text = size >= 0 && size <= maxFileSize ? FileReader.Read(full, size).Text : null;
            _files[location.Path] = lines = text is null ? null : new TextLines(text);
        }
        return lines is null ? "" : SnippetReader.Read(lines, location);
    }
}
