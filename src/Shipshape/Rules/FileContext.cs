using Shipshape.Discovery;
using Shipshape.Discovery.FrontEnds;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Settings;
using Shipshape.Text;

namespace Shipshape.Rules;

/// <summary>
/// What a file rule or fact collector sees of one file: its text and kind, the front ends' parsed
/// views, a fact sink, and <see cref="Report"/> for findings (attributed to the rule it was made for).
/// </summary>
public sealed class FileContext
{
    private readonly FileState _state;
    private readonly RuleMetadata? _rule;

    internal FileContext(FileState state, RuleMetadata? rule)
    {
        _state = state;
        _rule = rule;
    }

    public SourceFile Source => _state.Source;
    public string Path => _state.Source.Path;

    /// <summary>
    /// The file on disk, for front ends that must look beyond it: requirements includes, git's view
    /// of the file. Rules themselves read only <see cref="Text"/> and parsed views.
    /// </summary>
    public string FullPath => _state.FullPath;

    /// <summary>The scanned folder on disk (<see cref="FullPath"/> without the root-relative <see cref="Path"/>).</summary>
    public string RootPath => FullPath.Length >= Path.Length ? FullPath[..^Path.Length].TrimEnd('/', '\\') : FullPath;

    public FileKind Kind => _state.Source.Kind;
    public string Text => _state.Source.Text;
    public TextLines Lines => _state.Source.Lines;
    public Thresholds Thresholds => _state.Thresholds;

    /// <summary>Publish facts for project rules here.</summary>
    public FactSink Facts => _state.Facts;

    /// <summary>The front end's parsed view of this file, parsed on first use.</summary>
    public T Parsed<T>() where T : class, IParsedFile<T> =>
        (T)_state.Parsed.GetOrAdd(typeof(T), _ => T.Parse(new FileContext(_state, null)));

    /// <summary>For Python files (<see cref="FileKindExtensions.IsPython"/>): the parsed module and semantic model.</summary>
    public PythonSource Python => Kind.IsPython()
        ? Parsed<PythonSource>()
        : throw new InvalidOperationException($"{Path} is not a Python file");

    /// <summary>The location of a Python node's range.</summary>
    public Location LocationOf(Shipshape.Python.Text.TextRange range) => LocationOf(range.Start, range.End);

    /// <summary>The location of a character span of this file (end exclusive).</summary>
    public Location LocationOf(int startOffset, int endOffset)
    {
        var (startLine, startColumn) = Lines.Position(startOffset);
        var (endLine, endColumn) = Lines.Position(Math.Max(startOffset, endOffset));
        return new(Path, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The location of a whole 1-based line (without its line ending).</summary>
    public Location LocationOfLine(int line) => new(Path, line, 1, line, Lines.Line(line).Length + 1);

    /// <summary>Reports a finding of this context's rule. The snippet defaults to the located lines.</summary>
    /// <param name="confidence">This finding's confidence when lower than the rule's usual one.</param>
    /// <param name="secret">A secret value the finding is about: masked wherever the message or snippet shows it.</param>
    /// <param name="severity">This finding's severity when the catalogue gives this case another than the rule's default.</param>
    public void Report(Location location, string message, string? snippet = null, string? fix = null,
        IReadOnlyList<Evidence>? evidence = null, Confidence? confidence = null, string? secret = null, Severity? severity = null)
    {
        var rule = _rule ?? throw new InvalidOperationException("Only rules report findings; collectors publish facts.");
        _state.Findings.Add(FindingFactory.Create(rule, _state.SeverityOf(rule, severity), message, location,
            snippet ?? SnippetReader.Read(Lines, location), fix, evidence, confidence, secret));
    }

    /// <summary>Reports a finding on a character span of this file (end exclusive).</summary>
    public void Report(int startOffset, int endOffset, string message, string? fix = null,
        IReadOnlyList<Evidence>? evidence = null, Confidence? confidence = null, Severity? severity = null) =>
        Report(LocationOf(startOffset, endOffset), message, fix: fix, evidence: evidence, confidence: confidence, severity: severity);

    /// <summary>A problem with the file itself (unparsable part, suppression without reason).</summary>
    public void AddDiagnostic(DiagnosticKind kind, int? line, string message) =>
        _state.Diagnostics.Add(new ScanDiagnostic(kind, Path, line, _rule?.Id, message));
}
