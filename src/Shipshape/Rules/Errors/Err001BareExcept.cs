using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Errors;

/// <summary>ERR001: a bare <c>except:</c> clause.</summary>
public sealed class Err001BareExcept : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Err001,
        Name: "bare-except",
        Category: Categories.Errors,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for `except:` clauses that name no exception type.",
        Why: "A bare `except:` catches every exception, including `KeyboardInterrupt`, `SystemExit` and "
            + "`GeneratorExit`, so a worker cannot be stopped cleanly, and it hides programming errors "
            + "(a typo's `NameError`, a database outage) behind whatever fallback follows. In a web app the request "
            + "then \"succeeds\" with wrong data and nothing is logged.",
        Fix: "Catch the exceptions you expect (`except ValueError:`), or at most `except Exception:` and log it "
            + "with `logger.exception(...)` before answering with an error response.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "try:\n    record = Record.query.get(record_id)\nexcept:\n    return jsonify({\"error\": \"failed\"}), 500",
                Passing: "try:\n    record = Record.query.get(record_id)\nexcept SQLAlchemyError:\n"
                    + "    logger.exception(\"loading record %s failed\", record_id)\n    return jsonify({\"error\": \"failed\"}), 500"),
        ],
        References:
        [
            RuleReference.Cwe(396, "Declaration of Catch for Generic Exception"),
            RuleReference.Asvs("7.4.1", "Generic error message shown when an unexpected error occurs"),
            new RuleReference("Python docs: The try statement", "https://docs.python.org/3/reference/compound_stmts.html#the-try-statement"),
        ])
    {
        Requirement = "No bare `except:` clauses",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python, FileKind.GunicornConfig };

    public void Check(FileContext file)
    {
        foreach (var (node, _, _, _) in file.Parsed<PythonIndex>().Nodes)
        {
            if (node is not ExceptHandler { Type: null } handler || ReRaises(handler)) continue;
            // Point at the `except` keyword itself, not the whole clause and its body.
            file.Report(handler.Range.Start, handler.Range.Start + "except".Length,
                "Bare `except:` catches every exception, including KeyboardInterrupt and SystemExit");
        }
    }

    // A bare `raise` in the handler's own statements passes every exception on, so nothing is swallowed;
    // one inside a nested function or class runs some other time and does not count.
    private static bool ReRaises(ExceptHandler handler)
    {
        var nodes = handler.Body.SelectMany(s => s.Descendants().Prepend(s)).ToList();
        var nested = nodes.Where(n => n is FunctionDef or AsyncFunctionDef or ClassDef or Lambda).Select(n => n.Range).ToList();
        return nodes.OfType<Raise>().Any(raise => raise.Exc is null
            && !nested.Any(scope => scope.Start <= raise.Range.Start && raise.Range.End <= scope.End));
    }
}
