using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Semantics;

public class SemanticModelTests
{
    private readonly SemanticModel _model = SemanticModel.Build(
        PythonParser.ParseBytes(File.ReadAllBytes(Fixtures.File("semantics", "flask_app.py"))));

    [Theory]
    [InlineData("app", "flask.Flask")]
    [InlineData("other", "flask.Flask")]
    [InlineData("handler", "logging.handlers.RotatingFileHandler")]
    [InlineData("data", "flask.json.dumps")]
    [InlineData("user", ".models.User")]
    [InlineData("payload", "ujson.loads")]
    public void Calls_resolve_through_imports(string assigned, string expected)
    {
        Assert.Equal(expected, _model.CalleeName(CallAssignedTo(assigned)));
    }

    [Fact]
    public void Relative_imports_keep_their_dots_and_star_imports_bind_nothing()
    {
        Assert.Equal("..config.settings", _model.Imports["cfg"]);
        Assert.Equal(".views", _model.Imports["views"]);
        Assert.Equal("flask.request", _model.Imports["request"]);
        Assert.DoesNotContain("*", _model.Imports.Keys);
    }

    [Fact]
    public void Names_no_import_binds_stand_for_themselves()
    {
        var print = TopLevelCalls().Single(call => call.Func is Name { Id: "print" });

        Assert.Equal("print", _model.CalleeName(print));
        Assert.Equal("..config.settings.load", _model.CalleeName(TopLevelCalls().Last()));
    }

    [Fact]
    public void Static_strings_follow_literals_concatenation_fstrings_and_constants()
    {
        Assert.Equal("api/v2", _model.StaticString(_model.Constants["BASE"]));
        Assert.Equal("v2", _model.StaticString(Reference("VERSION")));
        Assert.Equal("hello world", _model.StaticString(Reference("GREETING")));
        Assert.Equal("shared", _model.StaticString(Reference("A")));
        Assert.Equal("shared", _model.StaticString(Reference("B")));
        Assert.Null(_model.StaticString(Reference("TEMPLATE")));
    }

    [Fact]
    public void Names_bound_more_than_once_are_not_constants()
    {
        Assert.DoesNotContain("COUNTER", _model.Constants.Keys);
        Assert.DoesNotContain("LOOPED", _model.Constants.Keys);
        Assert.DoesNotContain("REASSIGNED", _model.Constants.Keys);
        Assert.DoesNotContain("X", _model.Constants.Keys);
        Assert.Contains("PREFIX", _model.Constants.Keys);
    }

    [Fact]
    public void Static_values_of_numbers_none_and_unknowns()
    {
        Assert.Equal(new ConstantValue.IntValue(-3), _model.StaticValue(Reference("RETRIES")));
        Assert.Equal(new ConstantValue.FloatValue(-2.5), _model.StaticValue(Reference("NEGATIVE_FLOAT")));
        Assert.Same(ConstantValue.None, _model.StaticValue(Reference("ENABLED")));
        Assert.Null(_model.StaticValue(Reference("SECRET")));
        Assert.Null(_model.StaticValue(Reference("ALIAS")));
    }

    [Fact]
    public void Call_arguments_by_keyword_or_position()
    {
        var secret = (Call)_model.Constants["SECRET"];
        var runs = TopLevelCalls().Where(call => _model.QualifiedName(call.Func) == "app.run").ToList();

        Assert.Equal("dev-secret", _model.StaticString(secret.Argument(1, "default")!));
        Assert.Equal("SECRET_KEY", _model.StaticString(secret.Positional(0)!));
        Assert.Equal(ConstantValue.True, _model.StaticValue(runs[0].Keyword("debug")!));
        Assert.Null(runs[0].Positional(0));
        Assert.Equal("0.0.0.0", _model.StaticString(runs[1].Argument(0, "host")!));
        Assert.Null(runs[1].Positional(2));
        Assert.True(runs[1].HasUnpacking());
        Assert.False(runs[0].HasUnpacking());
    }

    private static Name Reference(string id) => new(default, id, ExprContext.Load);

    private Call CallAssignedTo(string name) =>
        _model.Parsed.Module.Body.OfType<Assign>().Single(a => a.Targets is [Name target] && target.Id == name).Value as Call
        ?? throw new InvalidOperationException($"{name} is not assigned a call");

    private IEnumerable<Call> TopLevelCalls() =>
        _model.Parsed.Module.Body.OfType<ExprStmt>().Select(statement => statement.Value).OfType<Call>();
}
