using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="FileDatastoreFact"/>s: a function that opens a file for writing and serialises
/// into it with <c>json.dump</c> or a <c>csv</c> writer (the file is the datastore), or writes
/// <c>json.dumps(...)</c> with <c>Path.write_text</c>.
/// </summary>
public sealed class FileDatastoreCollector : IFactCollector
{
    private static readonly Dictionary<string, string> Serialisers = new(StringComparer.Ordinal)
    {
        ["json.dump"] = "JSON", ["csv.writer"] = "CSV", ["csv.DictWriter"] = "CSV",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTestOrScript(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        // Calls grouped by the function they sit in (a function is identified by where its definition starts).
        foreach (var group in index.Calls.Where(c => c.Function is not null).GroupBy(c => c.Function!.Definition.Range.Start))
        {
            var calls = group.ToList();
            var function = calls[0].Function!;
            var format = calls.Select(c => c.Callee is { } callee && Serialisers.TryGetValue(callee, out var f) ? f : null).FirstOrDefault(f => f is not null);
            foreach (var site in calls)
            {
                if (format is not null && site.Callee is "open" or "io.open" && OpensForWriting(site.Call, index.Semantics))
                    file.Facts.Add(FactKeys.FileDatastores, new FileDatastoreFact(file.LocationOf(site.Call.Range), format, function.Name));
                else if (site.Call.Func is Shipshape.Python.Ast.Attribute { Attr: "write_text" } && site.Call.Args is [Call content]
                         && index.Semantics.CalleeName(content) == "json.dumps")
                    file.Facts.Add(FactKeys.FileDatastores, new FileDatastoreFact(file.LocationOf(site.Call.Range), "JSON", function.Name));
            }
        }
    }

    private static bool OpensForWriting(Call open, SemanticModel semantics) =>
        open.Argument(1, "mode") is { } mode && semantics.StaticString(mode) is { } text && text.IndexOfAny(['w', 'a', '+', 'x']) >= 0
        && !text.Contains('b');
}
