namespace Shipshape.Claims;

/// <summary>Loads a readiness report for <c>verify</c>, refusing what cannot be one with a one-line reason.</summary>
public static class ReadinessReportFile
{
    /// <summary>Reports are prose: anything larger is not one, and would only slow the reader.</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    public static string Read(string path)
    {
        if (Directory.Exists(path)) throw new InputException($"{path} is a directory; give the report file (REPORT.md)");
        if (!File.Exists(path)) throw new InputException($"no such report file: {path}");
        if (new FileInfo(path).Length > MaxBytes) throw new InputException($"{path} is larger than 4 MB: not a readiness report");
        var text = File.ReadAllText(path);
        if (text.Contains('\0')) throw new InputException($"{path} is binary, not a Markdown report");
        if (string.IsNullOrWhiteSpace(text)) throw new InputException($"{path} is empty: no claims to verify");
        return text;
    }
}
