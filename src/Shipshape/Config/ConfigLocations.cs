using Shipshape.Model;
using Shipshape.Rules;

namespace Shipshape.Config;

/// <summary>Turns front-end positions into report locations of the file being checked.</summary>
public static class ConfigLocations
{
    /// <summary>A span of <paramref name="length"/> characters on one line, starting at <paramref name="start"/>.</summary>
    public static Location LocationAt(this FileContext file, SourcePosition start, int length) =>
        new(file.Path, start.Line, start.Column, start.Line, start.Column + Math.Max(length, 1));

    /// <summary>From <paramref name="start"/> to the end of its line (an instruction, a setting).</summary>
    public static Location LocationToEndOfLine(this FileContext file, SourcePosition start)
    {
        var line = file.Lines.Line(start.Line);
        return new(file.Path, start.Line, start.Column, start.Line, Math.Max(line.Length + 1, start.Column + 1));
    }

    /// <summary>Reports a front end's parse problems as diagnostics of the file and hands back what it parsed.</summary>
    public static T WithDiagnostics<T>(this FileContext file, T parsed, IEnumerable<ConfigDiagnostic> diagnostics)
    {
        file.ReportDiagnostics(diagnostics);
        return parsed;
    }

    /// <summary>Reports each parse problem of a front end as a parse-error diagnostic of the file.</summary>
    public static void ReportDiagnostics(this FileContext file, IEnumerable<ConfigDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            file.AddDiagnostic(DiagnosticKind.ParseError, diagnostic.Position.Line, diagnostic.Message);
    }
}
