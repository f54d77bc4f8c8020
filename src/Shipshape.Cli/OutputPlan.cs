namespace Shipshape.Cli;

/// <summary>
/// Where each requested format goes. Without --format: the console, plus the format of -o's
/// extension into that file. With --format: console to the terminal, one file format to -o (or to
/// stdout when there is no -o and nothing else uses stdout).
/// </summary>
public sealed record OutputPlan(bool Console, string? FileFormat, string? FilePath)
{
    public static OutputPlan Resolve(IReadOnlyList<string> formats, string? output)
    {
        foreach (var format in formats.Where(f => !ReportFormats.IsKnown(f)))
            throw new InputException($"unknown format '{format}' (expected {string.Join(", ", ReportFormats.Names)})");

        if (formats.Count == 0)
        {
            if (output is null) return new(true, null, null);
            var inferred = ReportFormats.FromExtension(output)
                ?? throw new InputException($"cannot tell the format of {output} from its extension; add --format");
            return new(true, inferred, output);
        }

        var fileFormats = formats.Where(f => f != ReportFormats.Console).Distinct().ToList();
        var console = formats.Contains(ReportFormats.Console);
        if (fileFormats.Count > 1)
            throw new InputException($"one report file per run: got --format {string.Join(", ", fileFormats)}");
        if (fileFormats.Count == 1 && output is null && console)
            throw new InputException($"--format console and {fileFormats[0]} both want stdout; add -o FILE for {fileFormats[0]}");
        if (fileFormats.Count == 0 && output is not null)
            throw new InputException("-o needs a file format (--format json or markdown)");
        return new(console, fileFormats.FirstOrDefault(), output);
    }
}
