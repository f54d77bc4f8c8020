using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Settings;
using Shipshape.Suppressions;

namespace Shipshape.Scanning;

/// <summary>
/// Reads one file and runs the fact collectors and file rules that apply to its kind. A collector
/// or rule that throws becomes an internal-error diagnostic for this file; the others still run.
/// </summary>
internal sealed class FileProcessor(IReadOnlyList<IFactCollector> collectors, IReadOnlyList<IFileRule> rules, ShipshapeSettings settings)
{
    public FileOutcome Process(DiscoveredFile discovered)
    {
        var read = FileReader.Read(discovered.FullPath, discovered.File.Size);
        if (read.Text is null && read.SkipReason == SkipReasons.Binary && discovered.File.Kind.IsConfiguration())
        {
            // The name promises a text format (a binary .env may be encrypted, or a corrupt copy): a parse problem, not an ignorable binary.
            var problem = $"binary content: this {discovered.File.Kind.Id()} file cannot be read as text configuration (encrypted or corrupt?)";
            return new(discovered.File, null, new FactSink(), [], [new(DiagnosticKind.ParseError, discovered.File.Path, 1, null, problem)], []);
        }
        if (read.Text is null)
            return new(discovered.File, new SkippedFile(discovered.File.Path, read.SkipReason!), new FactSink(), [], [], []);

        var source = new SourceFile(discovered.File, read.Text);
        var state = new FileState(source, discovered.FullPath, settings.Thresholds, settings.FindingSeverity);
        if (read.Warning is not null)
            state.Diagnostics.Add(new(DiagnosticKind.Warning, source.Path, null, null, read.Warning));

        foreach (var collector in collectors.Where(c => c.FileKinds.Contains(source.Kind)))
            Guarded(state, collector.GetType().Name, null, () => collector.Collect(new FileContext(state, null)));
        foreach (var rule in rules.Where(r => r.FileKinds.Contains(source.Kind)))
            Guarded(state, rule.Metadata.Id, rule.Metadata.Id, () => rule.Check(new FileContext(state, rule.Metadata)));

        var (comments, warnings) = ReadSuppressions(state);
        state.Diagnostics.AddRange(warnings);
        return new(discovered.File, null, state.Facts, state.Findings, state.Diagnostics, comments);
    }

    private static (IReadOnlyList<SuppressionComment>, IReadOnlyList<ScanDiagnostic>) ReadSuppressions(FileState state)
    {
        var source = state.Source;
        if (!source.Kind.IsPython() || !source.Text.Contains("shipshape:", StringComparison.Ordinal))
            return SuppressionReader.Read(source.Path, source.Text, source.Lines);
        var python = new FileContext(state, null).Python;
        return SuppressionReader.ReadComments(source.Path,
            python.Parsed.Comments.Select(c => (source.Lines.Position(c.Range.Start).Line, c.Text)));
    }

    private static void Guarded(FileState state, string name, string? ruleId, Action run)
    {
        try
        {
            run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            state.Diagnostics.Add(new(DiagnosticKind.InternalError, state.Source.Path, null, ruleId,
                $"{name} failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}"));
        }
    }
}
