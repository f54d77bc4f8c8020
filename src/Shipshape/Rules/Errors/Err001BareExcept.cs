using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;

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
        Summary: "Checks for `except:` clauses that name no exception type and neither re-raise nor report the exception "
            + "(`traceback.print_exc()`, `logger.exception(...)`, `sys.exc_info()`). Test files are not checked.",
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
        // Tests provoke and discard failures on purpose; the audit is about application code.
        if (Shipshape.Rules.Python.CodePaths.IsTest(file.Path)) return;
        foreach (var node in file.Parsed<Shipshape.Rules.Python.PythonIndex>().Nodes)
        {
            // A handler that re-raises, or reports the exception it caught, hides nothing.
            if (node is not ExceptHandler { Type: null } handler || handler.Body.Any(statement => statement is Raise { Exc: null })
                || ReportsTheException(handler)) continue;
            // Point at the `except` keyword itself, not the whole clause and its body.
            file.Report(handler.Range.Start, handler.Range.Start + "except".Length,
                "Bare `except:` catches every exception, including KeyboardInterrupt and SystemExit, and hides the cause");
        }
    }

    /// <summary>The handler prints or forwards the exception: <c>traceback.print_exc()</c>, <c>logger.exception(...)</c>, <c>sys.exc_info()</c>, an excepthook, <c>handle_error()</c>.</summary>
    private static bool ReportsTheException(ExceptHandler handler) => handler.Body.SelectMany(statement => statement.Descendants()).Any(node =>
        node is Call { Func: var callee } && (callee switch
        {
            Name name => name.Id,
            Shipshape.Python.Ast.Attribute attribute => attribute.Attr,
            _ => "",
        }) is var method && (method.Contains("exc", StringComparison.OrdinalIgnoreCase) || method.Contains("traceback", StringComparison.OrdinalIgnoreCase)
            || method is "handle_error"));
}
