using System.Text.Encodings.Web;
using System.Text.Json;
using Shipshape.Model;

namespace Shipshape.Reports.Json;

/// <summary>Writes the "shipshape/report@1" JSON: indented, "\n" line ends, no timestamps, so byte-identical for the same input.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonReportContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        // Readable snippets and names ("×", "é"); the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public string Format => "json";

    public string Write(Report report) =>
        JsonSerializer.Serialize(JsonReportMapper.Map(report), Context.JsonReportDocument) + "\n";
}
