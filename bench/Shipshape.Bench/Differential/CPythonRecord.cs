using System.Text;
using System.Text.Json;

namespace Shipshape.Bench.Differential;

/// <summary>
/// One line of <c>pyast_dump.py</c>: a file's tree as JSON text, or the error CPython rejected it with.
/// </summary>
public sealed record CPythonRecord(string Path, string? Tree, string? Error)
{
    /// <summary>Reads <c>{"path":P,"tree":T}</c> or <c>{"path":P,"error":E}</c> without building the tree.</summary>
    public static CPythonRecord Parse(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var reader = new Utf8JsonReader(bytes);
        string? path = null;
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "path":
                    path = reader.GetString();
                    break;
                case "error":
                    return new CPythonRecord(path ?? "", null, reader.GetString());
                case "tree":
                    // The tree runs to the record's closing brace; the dump is pure ASCII, so bytes are chars.
                    var start = (int)reader.TokenStartIndex;
                    return new CPythonRecord(path ?? "", line[start..line.LastIndexOf('}')], null);
                default:
                    reader.Skip();
                    break;
            }
        }

        throw new FormatException($"not a pyast_dump record: {line[..Math.Min(line.Length, 120)]}");
    }
}
