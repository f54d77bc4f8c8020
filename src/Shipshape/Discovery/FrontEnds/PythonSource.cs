using Shipshape.Model;
using Shipshape.Python;
using Shipshape.Python.Semantics;
using Shipshape.Rules;

namespace Shipshape.Discovery.FrontEnds;

/// <summary>
/// A Python file as rules see it: the parsed module (tree, comments, syntax diagnostics) and its
/// semantic model (imports resolved to qualified names, module constants, static values). The one
/// place the engine calls the Python front end; parsed once per file.
/// </summary>
public sealed record PythonSource(ParsedModule Parsed, SemanticModel Semantics) : IParsedFile<PythonSource>
{
    // A file that does not parse at all would otherwise flood the report with follow-on errors.
    private const int MaxDiagnosticsPerFile = 5;

    public static PythonSource Parse(FileContext file)
    {
        var parsed = PythonParser.Parse(file.Text);
        foreach (var diagnostic in parsed.Diagnostics.Take(MaxDiagnosticsPerFile))
            file.AddDiagnostic(DiagnosticKind.ParseError, file.Lines.Position(diagnostic.Range.Start).Line, diagnostic.Message);
        if (parsed.Diagnostics.Length > MaxDiagnosticsPerFile)
            file.AddDiagnostic(DiagnosticKind.ParseError, null,
                $"{parsed.Diagnostics.Length - MaxDiagnosticsPerFile} more syntax error(s) not listed");
        return new(parsed, SemanticModel.Build(parsed));
    }
}
