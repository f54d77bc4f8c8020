using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast.Json;

/// <summary>
/// Writes a tree as the canonical JSON of <c>scripts/pyast_dump.py</c>, byte for byte: CPython's node
/// and field names in CPython's order, positions as CPython reports them (1-based lines, UTF-8 byte
/// columns) only on the nodes CPython positions, constants tagged with their kind.
/// </summary>
public sealed class CPythonAstJson
{
    private static readonly string[] ExprContextNames = ["Load", "Store", "Del"];
    private static readonly string[] BoolOperatorNames = ["And", "Or"];
    private static readonly string[] UnaryOperatorNames = ["Invert", "Not", "UAdd", "USub"];
    private static readonly string[] OperatorNames =
        ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"];
    private static readonly string[] CmpOpNames = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"];

    private readonly StringBuilder _out;
    private readonly LineIndex _lines;

    private CPythonAstJson(StringBuilder output, LineIndex lines)
    {
        _out = output;
        _lines = lines;
    }

    /// <summary>The JSON of a parsed module's tree.</summary>
    public static string Write(ParsedModule parsed) => Write(parsed.Module, parsed.Lines);

    /// <summary>The JSON of <paramref name="node"/>, positions taken from <paramref name="lines"/>.</summary>
    public static string Write(Node node, LineIndex lines)
    {
        var output = new StringBuilder(1024);
        Write(node, lines, output);
        return output.ToString();
    }

    /// <summary>Appends the JSON of <paramref name="node"/> to <paramref name="output"/>.</summary>
    public static void Write(Node node, LineIndex lines, StringBuilder output) => new CPythonAstJson(output, lines).Node(node);

    private void Node(Node? node)
    {
        switch (node)
        {
            case null:
                _out.Append("null");
                break;
            case Module n:
                Open("Module").Field("body", n.Body).Field("type_ignores", n.TypeIgnores).Close();
                break;
            case Interactive n:
                Open("Interactive").Field("body", n.Body).Close();
                break;
            case Expression n:
                Open("Expression").Field("body", n.Body).Close();
                break;
            case FunctionType n:
                Open("FunctionType").Field("argtypes", n.ArgTypes).Field("returns", n.Returns).Close();
                break;
            case FunctionDef n:
                Function("FunctionDef", n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeComment, n.TypeParams);
                break;
            case AsyncFunctionDef n:
                Function("AsyncFunctionDef", n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeComment, n.TypeParams);
                break;
            case ClassDef n:
                Open("ClassDef")
                    .Field("name", n.Name)
                    .Field("bases", n.Bases)
                    .Field("keywords", n.Keywords)
                    .Field("body", n.Body)
                    .Field("decorator_list", n.DecoratorList)
                    .Field("type_params", n.TypeParams)
                    .Close(n);
                break;
            case Return n:
                Open("Return").Field("value", n.Value).Close(n);
                break;
            case Delete n:
                Open("Delete").Field("targets", n.Targets).Close(n);
                break;
            case Assign n:
                Open("Assign").Field("targets", n.Targets).Field("value", n.Value).Field("type_comment", n.TypeComment).Close(n);
                break;
            case TypeAlias n:
                Open("TypeAlias").Field("name", n.Name).Field("type_params", n.TypeParams).Field("value", n.Value).Close(n);
                break;
            case AugAssign n:
                Open("AugAssign").Field("target", n.Target).Field("op", n.Op).Field("value", n.Value).Close(n);
                break;
            case AnnAssign n:
                Open("AnnAssign")
                    .Field("target", n.Target)
                    .Field("annotation", n.Annotation)
                    .Field("value", n.Value)
                    .Field("simple", n.Simple)
                    .Close(n);
                break;
            case For n:
                Loop("For", n, n.Target, n.Iter, n.Body, n.OrElse, n.TypeComment);
                break;
            case AsyncFor n:
                Loop("AsyncFor", n, n.Target, n.Iter, n.Body, n.OrElse, n.TypeComment);
                break;
            case While n:
                Open("While").Field("test", n.Test).Field("body", n.Body).Field("orelse", n.OrElse).Close(n);
                break;
            case If n:
                Open("If").Field("test", n.Test).Field("body", n.Body).Field("orelse", n.OrElse).Close(n);
                break;
            case With n:
                With("With", n, n.Items, n.Body, n.TypeComment);
                break;
            case AsyncWith n:
                With("AsyncWith", n, n.Items, n.Body, n.TypeComment);
                break;
            case Match n:
                Open("Match").Field("subject", n.Subject).Field("cases", n.Cases).Close(n);
                break;
            case Raise n:
                Open("Raise").Field("exc", n.Exc).Field("cause", n.Cause).Close(n);
                break;
            case Try n:
                Try("Try", n, n.Body, n.Handlers, n.OrElse, n.FinalBody);
                break;
            case TryStar n:
                Try("TryStar", n, n.Body, n.Handlers, n.OrElse, n.FinalBody);
                break;
            case Assert n:
                Open("Assert").Field("test", n.Test).Field("msg", n.Msg).Close(n);
                break;
            case Import n:
                Open("Import").Field("names", n.Names).Close(n);
                break;
            case ImportFrom n:
                Open("ImportFrom").Field("module", n.Module).Field("names", n.Names).Field("level", n.Level).Close(n);
                break;
            case Global n:
                Open("Global").Field("names", n.Names).Close(n);
                break;
            case Nonlocal n:
                Open("Nonlocal").Field("names", n.Names).Close(n);
                break;
            case ExprStmt n:
                Open("Expr").Field("value", n.Value).Close(n);
                break;
            case Pass n:
                Open("Pass").Close(n);
                break;
            case Break n:
                Open("Break").Close(n);
                break;
            case Continue n:
                Open("Continue").Close(n);
                break;
            case BoolOp n:
                Open("BoolOp").Field("op", n.Op).Field("values", n.Values).Close(n);
                break;
            case NamedExpr n:
                Open("NamedExpr").Field("target", n.Target).Field("value", n.Value).Close(n);
                break;
            case BinOp n:
                Open("BinOp").Field("left", n.Left).Field("op", n.Op).Field("right", n.Right).Close(n);
                break;
            case UnaryOp n:
                Open("UnaryOp").Field("op", n.Op).Field("operand", n.Operand).Close(n);
                break;
            case Lambda n:
                Open("Lambda").Field("args", n.Args).Field("body", n.Body).Close(n);
                break;
            case IfExp n:
                Open("IfExp").Field("test", n.Test).Field("body", n.Body).Field("orelse", n.OrElse).Close(n);
                break;
            case Dict n:
                Open("Dict").Field("keys", n.Keys).Field("values", n.Values).Close(n);
                break;
            case Set n:
                Open("Set").Field("elts", n.Elts).Close(n);
                break;
            case ListComp n:
                Open("ListComp").Field("elt", n.Elt).Field("generators", n.Generators).Close(n);
                break;
            case SetComp n:
                Open("SetComp").Field("elt", n.Elt).Field("generators", n.Generators).Close(n);
                break;
            case DictComp n:
                Open("DictComp").Field("key", n.Key).Field("value", n.Value).Field("generators", n.Generators).Close(n);
                break;
            case GeneratorExp n:
                Open("GeneratorExp").Field("elt", n.Elt).Field("generators", n.Generators).Close(n);
                break;
            case Await n:
                Open("Await").Field("value", n.Value).Close(n);
                break;
            case Yield n:
                Open("Yield").Field("value", n.Value).Close(n);
                break;
            case YieldFrom n:
                Open("YieldFrom").Field("value", n.Value).Close(n);
                break;
            case Compare n:
                Open("Compare").Field("left", n.Left).Field("ops", n.Ops).Field("comparators", n.Comparators).Close(n);
                break;
            case Call n:
                Open("Call").Field("func", n.Func).Field("args", n.Args).Field("keywords", n.Keywords).Close(n);
                break;
            case FormattedValue n:
                Open("FormattedValue")
                    .Field("value", n.Value)
                    .Field("conversion", n.Conversion)
                    .Field("format_spec", n.FormatSpec)
                    .Close(n);
                break;
            case JoinedStr n:
                Open("JoinedStr").Field("values", n.Values).Close(n);
                break;
            case Constant n:
                Open("Constant").Field("value", n.Value).Field("kind", n.Kind).Close(n);
                break;
            case Attribute n:
                Open("Attribute").Field("value", n.Value).Field("attr", n.Attr).Field("ctx", n.Ctx).Close(n);
                break;
            case Subscript n:
                Open("Subscript").Field("value", n.Value).Field("slice", n.Slice).Field("ctx", n.Ctx).Close(n);
                break;
            case Starred n:
                Open("Starred").Field("value", n.Value).Field("ctx", n.Ctx).Close(n);
                break;
            case Name n:
                Open("Name").Field("id", n.Id).Field("ctx", n.Ctx).Close(n);
                break;
            case List n:
                Open("List").Field("elts", n.Elts).Field("ctx", n.Ctx).Close(n);
                break;
            case Tuple n:
                Open("Tuple").Field("elts", n.Elts).Field("ctx", n.Ctx).Close(n);
                break;
            case Slice n:
                Open("Slice").Field("lower", n.Lower).Field("upper", n.Upper).Field("step", n.Step).Close(n);
                break;
            case Comprehension n:
                Open("comprehension")
                    .Field("target", n.Target)
                    .Field("iter", n.Iter)
                    .Field("ifs", n.Ifs)
                    .Field("is_async", n.IsAsync)
                    .Close();
                break;
            case ExceptHandler n:
                Open("ExceptHandler").Field("type", n.Type).Field("name", n.Name).Field("body", n.Body).Close(n);
                break;
            case Arguments n:
                Open("arguments")
                    .Field("posonlyargs", n.PosOnlyArgs)
                    .Field("args", n.Args)
                    .Field("vararg", n.VarArg)
                    .Field("kwonlyargs", n.KwOnlyArgs)
                    .Field("kw_defaults", n.KwDefaults)
                    .Field("kwarg", n.KwArg)
                    .Field("defaults", n.Defaults)
                    .Close();
                break;
            case Arg n:
                Open("arg").Field("arg", n.Name).Field("annotation", n.Annotation).Field("type_comment", n.TypeComment).Close(n);
                break;
            case Keyword n:
                Open("keyword").Field("arg", n.Arg).Field("value", n.Value).Close(n);
                break;
            case Alias n:
                Open("alias").Field("name", n.Name).Field("asname", n.AsName).Close(n);
                break;
            case WithItem n:
                Open("withitem").Field("context_expr", n.ContextExpr).Field("optional_vars", n.OptionalVars).Close();
                break;
            case MatchCase n:
                Open("match_case").Field("pattern", n.Pattern).Field("guard", n.Guard).Field("body", n.Body).Close();
                break;
            case MatchValue n:
                Open("MatchValue").Field("value", n.Value).Close(n);
                break;
            case MatchSingleton n:
                Open("MatchSingleton").Field("value", n.Value).Close(n);
                break;
            case MatchSequence n:
                Open("MatchSequence").Field("patterns", n.Patterns).Close(n);
                break;
            case MatchMapping n:
                Open("MatchMapping").Field("keys", n.Keys).Field("patterns", n.Patterns).Field("rest", n.Rest).Close(n);
                break;
            case MatchClass n:
                Open("MatchClass")
                    .Field("cls", n.Cls)
                    .Field("patterns", n.Patterns)
                    .Field("kwd_attrs", n.KwdAttrs)
                    .Field("kwd_patterns", n.KwdPatterns)
                    .Close(n);
                break;
            case MatchStar n:
                Open("MatchStar").Field("name", n.Name).Close(n);
                break;
            case MatchAs n:
                Open("MatchAs").Field("pattern", n.Pattern).Field("name", n.Name).Close(n);
                break;
            case MatchOr n:
                Open("MatchOr").Field("patterns", n.Patterns).Close(n);
                break;
            case TypeIgnore n:
                Open("TypeIgnore").Field("lineno", n.Lineno).Field("tag", n.Tag).Close();
                break;
            case TypeVar n:
                Open("TypeVar").Field("name", n.Name).Field("bound", n.Bound).Close(n);
                break;
            case ParamSpec n:
                Open("ParamSpec").Field("name", n.Name).Close(n);
                break;
            case TypeVarTuple n:
                Open("TypeVarTuple").Field("name", n.Name).Close(n);
                break;
            default:
                throw new ArgumentException($"no CPython form for {node.GetType().Name}", nameof(node));
        }
    }

    private void Function(
        string type, Node node, string name, Arguments args, ImmutableArray<Stmt> body, ImmutableArray<Expr> decorators,
        Expr? returns, string? typeComment, ImmutableArray<TypeParam> typeParams) =>
        Open(type)
            .Field("name", name)
            .Field("args", args)
            .Field("body", body)
            .Field("decorator_list", decorators)
            .Field("returns", returns)
            .Field("type_comment", typeComment)
            .Field("type_params", typeParams)
            .Close(node);

    private void Loop(string type, Node node, Expr target, Expr iter, ImmutableArray<Stmt> body, ImmutableArray<Stmt> orElse, string? typeComment) =>
        Open(type)
            .Field("target", target)
            .Field("iter", iter)
            .Field("body", body)
            .Field("orelse", orElse)
            .Field("type_comment", typeComment)
            .Close(node);

    private void With(string type, Node node, ImmutableArray<WithItem> items, ImmutableArray<Stmt> body, string? typeComment) =>
        Open(type).Field("items", items).Field("body", body).Field("type_comment", typeComment).Close(node);

    private void Try(
        string type, Node node, ImmutableArray<Stmt> body, ImmutableArray<ExceptHandler> handlers, ImmutableArray<Stmt> orElse,
        ImmutableArray<Stmt> finalBody) =>
        Open(type).Field("body", body).Field("handlers", handlers).Field("orelse", orElse).Field("finalbody", finalBody).Close(node);

    private CPythonAstJson Open(string type)
    {
        _out.Append("{\"_type\":\"").Append(type).Append('"');
        return this;
    }

    /// <summary>Ends a node CPython gives no position (arguments, comprehension, withitem, match_case, mods).</summary>
    private void Close() => _out.Append('}');

    /// <summary>Ends a positioned node: CPython's 1-based lines and UTF-8 byte columns.</summary>
    private void Close(Node node)
    {
        var (line, column) = _lines.Utf8Position(node.Range.Start);
        var (endLine, endColumn) = _lines.Utf8Position(node.Range.End);
        Field("lineno", line).Field("col_offset", column).Field("end_lineno", endLine).Field("end_col_offset", endColumn).Close();
    }

    private CPythonAstJson Key(string name)
    {
        _out.Append(",\"").Append(name).Append("\":");
        return this;
    }

    private CPythonAstJson Field(string name, Node? value)
    {
        Key(name).Node(value);
        return this;
    }

    private CPythonAstJson Field<T>(string name, ImmutableArray<T> values) where T : Node? =>
        Key(name).Array(values, value => Node(value));

    private CPythonAstJson Field(string name, ImmutableArray<string> values) =>
        Key(name).Array(values, value => PythonJson.AppendString(_out, value));

    private CPythonAstJson Field(string name, ImmutableArray<CmpOp> values) =>
        Key(name).Array(values, value => _out.Append('"').Append(CmpOpNames[(int)value]).Append('"'));

    private CPythonAstJson Field(string name, string? value)
    {
        PythonJson.AppendStringOrNull(Key(name)._out, value);
        return this;
    }

    private CPythonAstJson Field(string name, int value)
    {
        Key(name)._out.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    private CPythonAstJson Field(string name, ExprContext value) => Field(name, ExprContextNames[(int)value]);

    private CPythonAstJson Field(string name, BoolOperator value) => Field(name, BoolOperatorNames[(int)value]);

    private CPythonAstJson Field(string name, Operator value) => Field(name, OperatorNames[(int)value]);

    private CPythonAstJson Field(string name, UnaryOperator value) => Field(name, UnaryOperatorNames[(int)value]);

    private CPythonAstJson Array<T>(ImmutableArray<T> values, Action<T> write)
    {
        _out.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _out.Append(',');
            }

            write(values[i]);
        }

        _out.Append(']');
        return this;
    }

    private CPythonAstJson Field(string name, ConstantValue value)
    {
        Key(name);
        switch (value)
        {
            case ConstantValue.NoneValue:
                _out.Append("{\"none\":null}");
                break;
            case ConstantValue.EllipsisValue:
                _out.Append("{\"ellipsis\":null}");
                break;
            case ConstantValue.BoolValue b:
                _out.Append(b.Value ? "{\"bool\":true}" : "{\"bool\":false}");
                break;
            case ConstantValue.IntValue i:
                _out.Append("{\"int\":\"").Append(i.Value.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case ConstantValue.FloatValue f:
                _out.Append("{\"float\":\"").Append(PythonFloat.Repr(f.Value)).Append("\"}");
                break;
            case ConstantValue.ComplexValue c:
                _out.Append("{\"complex\":\"").Append(PythonFloat.Repr(c.Imag)).Append("\"}");
                break;
            case ConstantValue.StrValue s:
                _out.Append("{\"str\":");
                PythonJson.AppendString(_out, s.Value);
                _out.Append('}');
                break;
            case ConstantValue.BytesValue bytes:
                _out.Append("{\"bytes\":\"").Append(Convert.ToHexStringLower(bytes.Value.AsSpan())).Append("\"}");
                break;
            default:
                throw new ArgumentException($"unknown constant {value.GetType().Name}", nameof(value));
        }

        return this;
    }
}
