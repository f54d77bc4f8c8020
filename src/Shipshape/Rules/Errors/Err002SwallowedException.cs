using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Errors;

/// <summary>ERR002: a broad <c>except</c> whose body only passes or continues.</summary>
public sealed class Err002SwallowedException : IFileRule
{
    private static readonly HashSet<string> BroadTypes = new(StringComparer.Ordinal) { "Exception", "BaseException" };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Err002,
        Name: "exception-swallowed",
        Category: Categories.Errors,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for `except:`, `except Exception:` and `except BaseException:` clauses whose body is only "
            + "`pass`, `continue` or `...`: the error is dropped without a log line or a re-raise. Test files are not checked.",
        Why: "When a failure is swallowed, the request carries on as if it had worked: a half-written record is "
            + "returned, a payment is not charged, a file is not saved, and nobody can tell why because nothing was "
            + "logged. Narrow handlers (`except KeyError: pass`) state an expected case and are not reported.",
        Fix: "Catch the exceptions you expect; when a broad handler is needed, log with `logger.exception(...)` and "
            + "answer with an error (or re-raise) instead of carrying on silently.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "try:\n    record.set_tags(payload[\"tags\"])\n    db.session.commit()\nexcept Exception:\n    pass",
                Passing: "try:\n    record.set_tags(payload[\"tags\"])\n    db.session.commit()\nexcept SQLAlchemyError:\n"
                    + "    db.session.rollback()\n    logger.exception(\"updating record %s failed\", record.id)\n    abort(500)"),
        ],
        References:
        [
            RuleReference.Cwe(390, "Detection of Error Condition Without Action"),
            RuleReference.Asvs("7.4.1", "Generic error message shown when an unexpected error occurs"),
            new RuleReference("Ruff S110: try-except-pass", "https://docs.astral.sh/ruff/rules/try-except-pass/"),
        ])
    {
        Requirement = "No exception is swallowed by a broad `except` without a log line or re-raise",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        // Tests provoke and discard failures on purpose; the audit is about application code.
        if (CodePaths.IsTest(file.Path)) return;
        foreach (var (node, _, _, _) in file.Parsed<PythonIndex>().Nodes)
        {
            if (node is not ExceptHandler handler || !IsBroad(handler.Type) || !OnlyDiscards(handler.Body)) continue;
            file.Report(handler.Range.Start, handler.Range.Start + "except".Length,
                "Exception swallowed: a broad `except` whose body only passes or continues, with no log line or re-raise");
        }
    }

    private static bool IsBroad(Expr? type) => type switch
    {
        null => true,
        Name name => BroadTypes.Contains(name.Id),
        Shipshape.Python.Ast.Tuple tuple => tuple.Elts.Any(IsBroad),
        _ => false,
    };

    private static bool OnlyDiscards(System.Collections.Immutable.ImmutableArray<Stmt> body) => body.All(statement => statement switch
    {
        Pass or Continue => true,
        ExprStmt { Value: Constant { Value: ConstantValue.EllipsisValue or ConstantValue.StrValue } } => true,
        _ => false,
    });
}
