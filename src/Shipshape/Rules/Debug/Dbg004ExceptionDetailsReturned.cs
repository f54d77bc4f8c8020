using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Debug;

/// <summary>DBG004: exception text or a traceback returned to the client.</summary>
public sealed class Dbg004ExceptionDetailsReturned : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg004,
        Name: "exception-details-in-response",
        Category: Categories.Debug,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks `except ... as e:` handlers for a `return` whose value uses the exception (`str(e)`, `repr(e)`, "
            + "`f'{e}'`, `{'error': str(e)}`) or a traceback (`traceback.format_exc()`), and for `abort(..., str(e))` / "
            + "`HTTPException(detail=str(e))` raised with it.",
        Why: "Exception messages carry SQL fragments, file paths, host names and library versions; tracebacks carry code. "
            + "Returning them tells an attacker how the app is built and which inputs reach which queries.",
        Fix: "Log the exception with `logger.exception(...)` and return a generic message with an error id: "
            + "`return jsonify({'error': 'internal error'}), 500`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "except Exception as e:\n    return jsonify({'error': str(e)}), 500",
                Passing: "except SQLAlchemyError:\n    current_app.logger.exception('listing posts failed')\n    return jsonify({'error': 'internal error'}), 500"),
        ],
        References:
        [
            RuleReference.Cwe(209, "Generation of Error Message Containing Sensitive Information"),
            RuleReference.Asvs("7.4.1", "A generic message is shown when an unexpected or security sensitive error occurs"),
        ])
    {
        Requirement = "Error responses carry no exception text or traceback",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        var semantics = file.Python.Semantics;
        // Only a module that imports a web framework answers clients; `return str(err)` in a library or tool does not.
        if (!semantics.Imports.Values.Any(IsWebFramework)) return;
        foreach (var scoped in file.Parsed<PythonIndex>().Nodes)
        {
            if (scoped.Node is not ExceptHandler handler) continue;
            foreach (var node in handler.Body.SelectMany(s => s.Descendants().Prepend(s)))
            {
                var value = node switch
                {
                    Return { Value: { } returned } => returned,
                    Raise { Exc: Call raised } when semantics.CalleeName(raised)?.Split('.')[^1] is "HTTPException" => raised,
                    ExprStmt { Value: Call aborted } when semantics.CalleeName(aborted) is "flask.abort" => aborted,
                    _ => null,
                };
                if (value is null || !Discloses(value, handler.Name, semantics)) continue;
                file.Report(file.LocationOf(node.Range), "The exception's text or traceback is sent to the client: log it and answer with a generic message");
            }
        }
    }

    private static bool IsWebFramework(string qualifiedName) =>
        qualifiedName.Split('.')[0] is "flask" or "fastapi" or "starlette" or "django" or "quart" or "sanic" or "aiohttp" or "werkzeug" or "rest_framework";

    // `e`, `str(e)`, `e.args` disclose; an attribute made for users (`e.public_message`, `e.description`) does not.
    private static bool Discloses(Expr value, string? exceptionName, Shipshape.Python.Semantics.SemanticModel semantics)
    {
        var nodes = value.Descendants().Prepend(value).ToList();
        var safeOwners = nodes.OfType<Shipshape.Python.Ast.Attribute>()
            .Where(a => a.Value is Name && a.Attr is not ("args" or "message" or "msg" or "orig" or "strerror"))
            .Select(a => a.Value.Range).ToHashSet();
        return nodes.Any(node => node switch
        {
            Name name => exceptionName is not null && name.Id == exceptionName && !safeOwners.Contains(name.Range),
            Call call => semantics.CalleeName(call) is "traceback.format_exc" or "traceback.format_exception" or "traceback.format_tb",
            _ => false,
        });
    }
}
