using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Data;

/// <summary>DATA007: <c>datetime.utcnow</c> / <c>utcfromtimestamp</c>, called or passed as a default.</summary>
public sealed class Data007NaiveUtcDatetime : IFileRule
{
    private static readonly HashSet<string> NaiveUtc = new(StringComparer.Ordinal)
    {
        "datetime.datetime.utcnow", "datetime.datetime.utcfromtimestamp",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data007,
        Name: "naive-utc-datetime",
        Category: Categories.Data,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for `datetime.utcnow` and `datetime.utcfromtimestamp`, whether called or passed as a column "
            + "default (`default=datetime.utcnow`).",
        Why: "Both return naive datetimes that only by convention mean UTC. Compared with an aware datetime they raise "
            + "`TypeError`; mixed with local-time values they silently shift by the server's offset (token expiry, "
            + "lockout windows, audit times). Python 3.12 deprecates both.",
        Fix: "Use aware datetimes: `datetime.now(timezone.utc)` and `datetime.fromtimestamp(ts, tz=timezone.utc)`; for "
            + "a column default, `default=lambda: datetime.now(timezone.utc)` with `DateTime(timezone=True)`.",
        Examples:
        [
            new RuleExample("SQLAlchemy", "python",
                Failing: "created_at = Column(DateTime, default=datetime.utcnow)",
                Passing: "created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))"),
        ],
        References:
        [
            RuleReference.Cwe(1025, "Comparison Using Wrong Factors"),
            RuleReference.Asvs("1.14.1", "Verify the segregation of components of differing trust levels"),
            new RuleReference("Python docs: datetime.utcnow (deprecated since 3.12)", "https://docs.python.org/3/library/datetime.html#datetime.datetime.utcnow"),
            new RuleReference("Ruff DTZ003: call-datetime-utcnow", "https://docs.astral.sh/ruff/rules/call-datetime-utcnow/"),
        ])
    {
        Requirement = "Datetimes are timezone-aware (no utcnow/utcfromtimestamp)",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        foreach (var (node, _, _, _) in index.Nodes)
        {
            if (node is not Attribute { Attr: "utcnow" or "utcfromtimestamp" } attribute) continue;
            if (index.Semantics.QualifiedName(attribute) is not { } name || !NaiveUtc.Contains(name)) continue;
            file.Report(attribute.Range.Start, attribute.Range.End,
                $"`{attribute.Attr}` returns a naive datetime (deprecated since Python 3.12): use an aware datetime in UTC");
        }
    }
}
