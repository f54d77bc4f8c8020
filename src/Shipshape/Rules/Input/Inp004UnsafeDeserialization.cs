using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Input;

/// <summary>INP004: deserialisers and evaluators that run code from their input.</summary>
public sealed class Inp004UnsafeDeserialization : IFileRule
{
    // They construct arbitrary objects: reported on request data, or anywhere in a module of a web app
    // (what a web module unpickles comes from a cookie, a cache or an upload).
    private static readonly HashSet<string> ObjectLoaders = new(StringComparer.Ordinal)
    {
        "pickle.loads", "pickle.load", "cPickle.loads", "cPickle.load", "_pickle.loads", "_pickle.load",
        "dill.loads", "dill.load", "jsonpickle.decode", "shelve.open", "marshal.loads", "marshal.load",
        "yaml.unsafe_load", "yaml.full_load", "yaml.unsafe_load_all", "yaml.full_load_all",
    };

    // Dangerous when request data reaches them.
    private static readonly HashSet<string> UnsafeOnRequestData = new(StringComparer.Ordinal)
    {
        "eval", "exec", "flask.render_template_string", "jinja2.Template", "jinja2.Environment.from_string",
    };

    private static readonly HashSet<string> SafeYamlLoaders = new(StringComparer.Ordinal)
    {
        "yaml.SafeLoader", "yaml.CSafeLoader", "yaml.BaseLoader", "yaml.CBaseLoader",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Inp004,
        Name: "unsafe-deserialization",
        Category: Categories.Input,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks for `pickle`/`marshal`/`dill` loads in web modules or on request data, `yaml.load` without a safe loader, and `eval`, `exec`, "
            + "`render_template_string` or `jinja2.Template` given request data.",
        Why: "Unpickling and YAML's full loader build arbitrary objects, which is code execution for whoever controls "
            + "the bytes (a cookie, an upload, a cache entry). `eval`/`exec` of request data runs the attacker's "
            + "Python, and a template compiled from request data is server-side template injection "
            + "(`{{ config.__class__.__init__.__globals__ }}`).",
        Fix: "Use JSON (`json.loads`) or `yaml.safe_load` for data; render fixed templates with "
            + "`render_template(\"page.html\", name=name)` and pass user text as a variable; parse literals with "
            + "`ast.literal_eval` instead of `eval`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "prefs = pickle.loads(base64.b64decode(request.cookies[\"prefs\"]))\n"
                    + "return render_template_string(\"<h1>Hello \" + request.args[\"name\"] + \"</h1>\")",
                Passing: "prefs = json.loads(base64.b64decode(request.cookies[\"prefs\"]))\n"
                    + "return render_template(\"hello.html\", name=request.args[\"name\"])"),
        ],
        References:
        [
            RuleReference.Cwe(502, "Deserialization of Untrusted Data"),
            RuleReference.Cwe(1336, "Improper Neutralization of Special Elements Used in a Template Engine"),
            RuleReference.Asvs("5.5.3", "Deserialization of untrusted data is avoided or is protected in both custom code and third-party libraries"),
            new RuleReference("Python docs: pickle", "https://docs.python.org/3/library/pickle.html"),
        ])
    {
        Requirement = "No unsafe deserialisation, eval or template compilation of untrusted data",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        RequestData? requestData = null;
        foreach (var site in index.Calls)
        {
            if (site.Callee is not { } callee) continue;
            var call = site.Call;
            if (ObjectLoaders.Contains(callee) && (IsWebModule(index)
                || call.Args.Length > 0 && (requestData ??= new RequestData(index)).Carries(call.Args[0], site.Function)))
            {
                file.Report(call.Func.Range.Start, call.Func.Range.End,
                    $"`{callee}` can build arbitrary objects (code execution) from its input: use JSON or a safe loader");
            }
            else if (callee is "yaml.load" or "yaml.load_all" && !HasSafeLoader(call, index.Semantics))
            {
                file.Report(call.Func.Range.Start, call.Func.Range.End,
                    $"`{callee}` without `Loader=yaml.SafeLoader` can build arbitrary objects: use `yaml.safe_load`");
            }
            else if (UnsafeOnRequestData.Contains(callee) && call.Args.Length > 0 && call.Args[0] is not Starred
                     && (requestData ??= new RequestData(index)).Carries(call.Args[0], site.Function))
            {
                file.Report(call.Func.Range.Start, call.Func.Range.End,
                    $"`{callee}` of request data runs what the client sends (code or template injection)");
            }
        }
    }

    private static bool IsWebModule(PythonIndex index) => index.Semantics.Imports.Values.Any(name =>
        name.Split('.')[0] is "flask" or "fastapi" or "starlette" or "django" or "quart" or "sanic" or "aiohttp");

    private static bool HasSafeLoader(Call call, SemanticModel semantics)
    {
        var loader = call.Argument(1, "Loader");
        if (loader is null) return call.HasUnpacking();
        return semantics.QualifiedName(loader) is { } name && SafeYamlLoaders.Contains(name)
            || loader is Attribute { Attr: "SafeLoader" or "CSafeLoader" or "BaseLoader" };
    }
}
