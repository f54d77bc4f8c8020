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
                Begin("Module");
                Field("body", n.Body);
                Field("type_ignores", n.TypeIgnores);
                End();
                break;
            case Interactive n:
                Begin("Interactive");
                Field("body", n.Body);
                End();
                break;
            case Expression n:
                Begin("Expression");
                Field("body", n.Body);
                End();
                break;
            case FunctionType n:
                Begin("FunctionType");
                Field("argtypes", n.ArgTypes);
                Field("returns", n.Returns);
                End();
                break;
            case FunctionDef n:
                Begin("FunctionDef");
                Field("name", n.Name);
                Field("args", n.Args);
                Field("body", n.Body);
                Field("decorator_list", n.DecoratorList);
                Field("returns", n.Returns);
                Field("type_comment", n.TypeComment);
                Field("type_params", n.TypeParams);
                Positions(n);
                End();
                break;
            case AsyncFunctionDef n:
                Begin("AsyncFunctionDef");
                Field("name", n.Name);
                Field("args", n.Args);
                Field("body", n.Body);
                Field("decorator_list", n.DecoratorList);
                Field("returns", n.Returns);
                Field("type_comment", n.TypeComment);
                Field("type_params", n.TypeParams);
                Positions(n);
                End();
                break;
            case ClassDef n:
                Begin("ClassDef");
                Field("name", n.Name);
                Field("bases", n.Bases);
                Field("keywords", n.Keywords);
                Field("body", n.Body);
                Field("decorator_list", n.DecoratorList);
                Field("type_params", n.TypeParams);
                Positions(n);
                End();
                break;
            case Return n:
                Begin("Return");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case Delete n:
                Begin("Delete");
                Field("targets", n.Targets);
                Positions(n);
                End();
                break;
            case Assign n:
                Begin("Assign");
                Field("targets", n.Targets);
                Field("value", n.Value);
                Field("type_comment", n.TypeComment);
                Positions(n);
                End();
                break;
            case TypeAlias n:
                Begin("TypeAlias");
                Field("name", n.Name);
                Field("type_params", n.TypeParams);
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case AugAssign n:
                Begin("AugAssign");
                Field("target", n.Target);
                Field("op", OperatorNames[(int)n.Op]);
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case AnnAssign n:
                Begin("AnnAssign");
                Field("target", n.Target);
                Field("annotation", n.Annotation);
                Field("value", n.Value);
                Field("simple", n.Simple);
                Positions(n);
                End();
                break;
            case For n:
                Begin("For");
                Field("target", n.Target);
                Field("iter", n.Iter);
                Field("body", n.Body);
                Field("orelse", n.OrElse);
                Field("type_comment", n.TypeComment);
                Positions(n);
                End();
                break;
            case AsyncFor n:
                Begin("AsyncFor");
                Field("target", n.Target);
                Field("iter", n.Iter);
                Field("body", n.Body);
                Field("orelse", n.OrElse);
                Field("type_comment", n.TypeComment);
                Positions(n);
                End();
                break;
            case While n:
                Begin("While");
                Field("test", n.Test);
                Field("body", n.Body);
                Field("orelse", n.OrElse);
                Positions(n);
                End();
                break;
            case If n:
                Begin("If");
                Field("test", n.Test);
                Field("body", n.Body);
                Field("orelse", n.OrElse);
                Positions(n);
                End();
                break;
            case With n:
                Begin("With");
                Field("items", n.Items);
                Field("body", n.Body);
                Field("type_comment", n.TypeComment);
                Positions(n);
                End();
                break;
            case AsyncWith n:
                Begin("AsyncWith");
                Field("items", n.Items);
                Field("body", n.Body);
                Field("type_comment", n.TypeComment);
                Positions(n);
                End();
                break;
            case Match n:
                Begin("Match");
                Field("subject", n.Subject);
                Field("cases", n.Cases);
                Positions(n);
                End();
                break;
            case Raise n:
                Begin("Raise");
                Field("exc", n.Exc);
                Field("cause", n.Cause);
                Positions(n);
                End();
                break;
            case Try n:
                Begin("Try");
                Field("body", n.Body);
                Field("handlers", n.Handlers);
                Field("orelse", n.OrElse);
                Field("finalbody", n.FinalBody);
                Positions(n);
                End();
                break;
            case TryStar n:
                Begin("TryStar");
                Field("body", n.Body);
                Field("handlers", n.Handlers);
                Field("orelse", n.OrElse);
                Field("finalbody", n.FinalBody);
                Positions(n);
                End();
                break;
            case Assert n:
                Begin("Assert");
                Field("test", n.Test);
                Field("msg", n.Msg);
                Positions(n);
                End();
                break;
            case Import n:
                Begin("Import");
                Field("names", n.Names);
                Positions(n);
                End();
                break;
            case ImportFrom n:
                Begin("ImportFrom");
                Field("module", n.Module);
                Field("names", n.Names);
                Field("level", n.Level);
                Positions(n);
                End();
                break;
            case Global n:
                Begin("Global");
                Field("names", n.Names);
                Positions(n);
                End();
                break;
            case Nonlocal n:
                Begin("Nonlocal");
                Field("names", n.Names);
                Positions(n);
                End();
                break;
            case ExprStmt n:
                Begin("Expr");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case Pass n:
                Begin("Pass");
                Positions(n);
                End();
                break;
            case Break n:
                Begin("Break");
                Positions(n);
                End();
                break;
            case Continue n:
                Begin("Continue");
                Positions(n);
                End();
                break;
            case BoolOp n:
                Begin("BoolOp");
                Field("op", BoolOperatorNames[(int)n.Op]);
                Field("values", n.Values);
                Positions(n);
                End();
                break;
            case NamedExpr n:
                Begin("NamedExpr");
                Field("target", n.Target);
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case BinOp n:
                Begin("BinOp");
                Field("left", n.Left);
                Field("op", OperatorNames[(int)n.Op]);
                Field("right", n.Right);
                Positions(n);
                End();
                break;
            case UnaryOp n:
                Begin("UnaryOp");
                Field("op", UnaryOperatorNames[(int)n.Op]);
                Field("operand", n.Operand);
                Positions(n);
                End();
                break;
            case Lambda n:
                Begin("Lambda");
                Field("args", n.Args);
                Field("body", n.Body);
                Positions(n);
                End();
                break;
            case IfExp n:
                Begin("IfExp");
                Field("test", n.Test);
                Field("body", n.Body);
                Field("orelse", n.OrElse);
                Positions(n);
                End();
                break;
            case Dict n:
                Begin("Dict");
                Field("keys", n.Keys);
                Field("values", n.Values);
                Positions(n);
                End();
                break;
            case Set n:
                Begin("Set");
                Field("elts", n.Elts);
                Positions(n);
                End();
                break;
            case ListComp n:
                Begin("ListComp");
                Field("elt", n.Elt);
                Field("generators", n.Generators);
                Positions(n);
                End();
                break;
            case SetComp n:
                Begin("SetComp");
                Field("elt", n.Elt);
                Field("generators", n.Generators);
                Positions(n);
                End();
                break;
            case DictComp n:
                Begin("DictComp");
                Field("key", n.Key);
                Field("value", n.Value);
                Field("generators", n.Generators);
                Positions(n);
                End();
                break;
            case GeneratorExp n:
                Begin("GeneratorExp");
                Field("elt", n.Elt);
                Field("generators", n.Generators);
                Positions(n);
                End();
                break;
            case Await n:
                Begin("Await");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case Yield n:
                Begin("Yield");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case YieldFrom n:
                Begin("YieldFrom");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case Compare n:
                Begin("Compare");
                Field("left", n.Left);
                Field("ops", n.Ops);
                Field("comparators", n.Comparators);
                Positions(n);
                End();
                break;
            case Call n:
                Begin("Call");
                Field("func", n.Func);
                Field("args", n.Args);
                Field("keywords", n.Keywords);
                Positions(n);
                End();
                break;
            case FormattedValue n:
                Begin("FormattedValue");
                Field("value", n.Value);
                Field("conversion", n.Conversion);
                Field("format_spec", n.FormatSpec);
                Positions(n);
                End();
                break;
            case JoinedStr n:
                Begin("JoinedStr");
                Field("values", n.Values);
                Positions(n);
                End();
                break;
            case Constant n:
                Begin("Constant");
                Field("value", n.Value);
                Field("kind", n.Kind);
                Positions(n);
                End();
                break;
            case Attribute n:
                Begin("Attribute");
                Field("value", n.Value);
                Field("attr", n.Attr);
                Field("ctx", ExprContextNames[(int)n.Ctx]);
                Positions(n);
                End();
                break;
            case Subscript n:
                Begin("Subscript");
                Field("value", n.Value);
                Field("slice", n.Slice);
                Field("ctx", ExprContextNames[(int)n.Ctx]);
                Positions(n);
                End();
                break;
            case Starred n:
                Begin("Starred");
                Field("value", n.Value);
                Field("ctx", ExprContextNames[(int)n.Ctx]);
                Positions(n);
                End();
                break;
            case Name n:
                Begin("Name");
                Field("id", n.Id);
                Field("ctx", ExprContextNames[(int)n.Ctx]);
                Positions(n);
                End();
                break;
            case List n:
                Begin("List");
                Field("elts", n.Elts);
                Field("ctx", ExprContextNames[(int)n.Ctx]);
                Positions(n);
                End();
                break;
            case Tuple n:
                Begin("Tuple");
                Field("elts", n.Elts);
                Field("ctx", ExprContextNames[(int)n.Ctx]);
                Positions(n);
                End();
                break;
            case Slice n:
                Begin("Slice");
                Field("lower", n.Lower);
                Field("upper", n.Upper);
                Field("step", n.Step);
                Positions(n);
                End();
                break;
            case Comprehension n:
                Begin("comprehension");
                Field("target", n.Target);
                Field("iter", n.Iter);
                Field("ifs", n.Ifs);
                Field("is_async", n.IsAsync);
                End();
                break;
            case ExceptHandler n:
                Begin("ExceptHandler");
                Field("type", n.Type);
                Field("name", n.Name);
                Field("body", n.Body);
                Positions(n);
                End();
                break;
            case Arguments n:
                Begin("arguments");
                Field("posonlyargs", n.PosOnlyArgs);
                Field("args", n.Args);
                Field("vararg", n.VarArg);
                Field("kwonlyargs", n.KwOnlyArgs);
                Field("kw_defaults", n.KwDefaults);
                Field("kwarg", n.KwArg);
                Field("defaults", n.Defaults);
                End();
                break;
            case Arg n:
                Begin("arg");
                Field("arg", n.Name);
                Field("annotation", n.Annotation);
                Field("type_comment", n.TypeComment);
                Positions(n);
                End();
                break;
            case Keyword n:
                Begin("keyword");
                Field("arg", n.Arg);
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case Alias n:
                Begin("alias");
                Field("name", n.Name);
                Field("asname", n.AsName);
                Positions(n);
                End();
                break;
            case WithItem n:
                Begin("withitem");
                Field("context_expr", n.ContextExpr);
                Field("optional_vars", n.OptionalVars);
                End();
                break;
            case MatchCase n:
                Begin("match_case");
                Field("pattern", n.Pattern);
                Field("guard", n.Guard);
                Field("body", n.Body);
                End();
                break;
            case MatchValue n:
                Begin("MatchValue");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case MatchSingleton n:
                Begin("MatchSingleton");
                Field("value", n.Value);
                Positions(n);
                End();
                break;
            case MatchSequence n:
                Begin("MatchSequence");
                Field("patterns", n.Patterns);
                Positions(n);
                End();
                break;
            case MatchMapping n:
                Begin("MatchMapping");
                Field("keys", n.Keys);
                Field("patterns", n.Patterns);
                Field("rest", n.Rest);
                Positions(n);
                End();
                break;
            case MatchClass n:
                Begin("MatchClass");
                Field("cls", n.Cls);
                Field("patterns", n.Patterns);
                Field("kwd_attrs", n.KwdAttrs);
                Field("kwd_patterns", n.KwdPatterns);
                Positions(n);
                End();
                break;
            case MatchStar n:
                Begin("MatchStar");
                Field("name", n.Name);
                Positions(n);
                End();
                break;
            case MatchAs n:
                Begin("MatchAs");
                Field("pattern", n.Pattern);
                Field("name", n.Name);
                Positions(n);
                End();
                break;
            case MatchOr n:
                Begin("MatchOr");
                Field("patterns", n.Patterns);
                Positions(n);
                End();
                break;
            case TypeIgnore n:
                Begin("TypeIgnore");
                Field("lineno", n.Lineno);
                Field("tag", n.Tag);
                End();
                break;
            case TypeVar n:
                Begin("TypeVar");
                Field("name", n.Name);
                Field("bound", n.Bound);
                Positions(n);
                End();
                break;
            case ParamSpec n:
                Begin("ParamSpec");
                Field("name", n.Name);
                Positions(n);
                End();
                break;
            case TypeVarTuple n:
                Begin("TypeVarTuple");
                Field("name", n.Name);
                Positions(n);
                End();
                break;
            default:
                throw new ArgumentException($"no CPython form for {node.GetType().Name}", nameof(node));
        }
    }

    private void Begin(string type) => _out.Append("{\"_type\":\"").Append(type).Append('"');

    private void End() => _out.Append('}');

    private void Positions(Node node)
    {
        var (line, column) = _lines.Utf8Position(node.Range.Start);
        var (endLine, endColumn) = _lines.Utf8Position(node.Range.End);
        Field("lineno", line);
        Field("col_offset", column);
        Field("end_lineno", endLine);
        Field("end_col_offset", endColumn);
    }

    private void Key(string name) => _out.Append(",\"").Append(name).Append("\":");

    private void Field(string name, Node? value)
    {
        Key(name);
        Node(value);
    }

    private void Field<T>(string name, ImmutableArray<T> values) where T : Node?
    {
        Key(name);
        _out.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _out.Append(',');
            }

            Node(values[i]);
        }

        _out.Append(']');
    }

    private void Field(string name, string? value)
    {
        Key(name);
        PythonJson.AppendStringOrNull(_out, value);
    }

    private void Field(string name, ImmutableArray<string> values)
    {
        Key(name);
        _out.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _out.Append(',');
            }

            PythonJson.AppendString(_out, values[i]);
        }

        _out.Append(']');
    }

    private void Field(string name, ImmutableArray<CmpOp> values)
    {
        Key(name);
        _out.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _out.Append(',');
            }

            _out.Append('"').Append(CmpOpNames[(int)values[i]]).Append('"');
        }

        _out.Append(']');
    }

    private void Field(string name, int value)
    {
        Key(name);
        _out.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    private void Field(string name, ConstantValue value)
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
    }
}
