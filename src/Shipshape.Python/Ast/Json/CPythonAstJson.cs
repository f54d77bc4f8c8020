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

    // CPython rejects trees deeper than about 3,000 levels ("maximum recursion depth exceeded during
    // ast construction"), so deeper trees have no CPython form; the limit also bounds this recursion.
    private const int MaxDepth = 3_000;

    private readonly StringBuilder _out;
    private readonly LineIndex _lines;
    private int _depth;

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
        if (++_depth > MaxDepth)
        {
            throw new ArgumentException($"the tree is deeper than {MaxDepth} levels, which CPython rejects", nameof(node));
        }

        WriteNode(node);
        _depth--;
    }

    private void WriteNode(Node? node)
    {
        switch (node)
        {
            case null:
                _out.Append("null");
                break;
            case Module:
                Write((Module)node);
                break;
            case Interactive:
                Write((Interactive)node);
                break;
            case Expression:
                Write((Expression)node);
                break;
            case FunctionType:
                Write((FunctionType)node);
                break;
            case FunctionDef:
                Write((FunctionDef)node);
                break;
            case AsyncFunctionDef:
                Write((AsyncFunctionDef)node);
                break;
            case ClassDef:
                Write((ClassDef)node);
                break;
            case Return:
                Write((Return)node);
                break;
            case Delete:
                Write((Delete)node);
                break;
            case Assign:
                Write((Assign)node);
                break;
            case TypeAlias:
                Write((TypeAlias)node);
                break;
            case AugAssign:
                Write((AugAssign)node);
                break;
            case AnnAssign:
                Write((AnnAssign)node);
                break;
            case For:
                Write((For)node);
                break;
            case AsyncFor:
                Write((AsyncFor)node);
                break;
            case While:
                Write((While)node);
                break;
            case If:
                Write((If)node);
                break;
            case With:
                Write((With)node);
                break;
            case AsyncWith:
                Write((AsyncWith)node);
                break;
            case Match:
                Write((Match)node);
                break;
            case Raise:
                Write((Raise)node);
                break;
            case Try:
                Write((Try)node);
                break;
            case TryStar:
                Write((TryStar)node);
                break;
            case Assert:
                Write((Assert)node);
                break;
            case Import:
                Write((Import)node);
                break;
            case ImportFrom:
                Write((ImportFrom)node);
                break;
            case Global:
                Write((Global)node);
                break;
            case Nonlocal:
                Write((Nonlocal)node);
                break;
            case ExprStmt:
                Write((ExprStmt)node);
                break;
            case Pass:
                Write((Pass)node);
                break;
            case Break:
                Write((Break)node);
                break;
            case Continue:
                Write((Continue)node);
                break;
            case BoolOp:
                Write((BoolOp)node);
                break;
            case NamedExpr:
                Write((NamedExpr)node);
                break;
            case BinOp:
                Write((BinOp)node);
                break;
            case UnaryOp:
                Write((UnaryOp)node);
                break;
            case Lambda:
                Write((Lambda)node);
                break;
            case IfExp:
                Write((IfExp)node);
                break;
            case Dict:
                Write((Dict)node);
                break;
            case Set:
                Write((Set)node);
                break;
            case ListComp:
                Write((ListComp)node);
                break;
            case SetComp:
                Write((SetComp)node);
                break;
            case DictComp:
                Write((DictComp)node);
                break;
            case GeneratorExp:
                Write((GeneratorExp)node);
                break;
            case Await:
                Write((Await)node);
                break;
            case Yield:
                Write((Yield)node);
                break;
            case YieldFrom:
                Write((YieldFrom)node);
                break;
            case Compare:
                Write((Compare)node);
                break;
            case Call:
                Write((Call)node);
                break;
            case FormattedValue:
                Write((FormattedValue)node);
                break;
            case JoinedStr:
                Write((JoinedStr)node);
                break;
            case Constant:
                Write((Constant)node);
                break;
            case Attribute:
                Write((Attribute)node);
                break;
            case Subscript:
                Write((Subscript)node);
                break;
            case Starred:
                Write((Starred)node);
                break;
            case Name:
                Write((Name)node);
                break;
            case List:
                Write((List)node);
                break;
            case Tuple:
                Write((Tuple)node);
                break;
            case Slice:
                Write((Slice)node);
                break;
            case Comprehension:
                Write((Comprehension)node);
                break;
            case ExceptHandler:
                Write((ExceptHandler)node);
                break;
            case Arguments:
                Write((Arguments)node);
                break;
            case Arg:
                Write((Arg)node);
                break;
            case Keyword:
                Write((Keyword)node);
                break;
            case Alias:
                Write((Alias)node);
                break;
            case WithItem:
                Write((WithItem)node);
                break;
            case MatchCase:
                Write((MatchCase)node);
                break;
            case MatchValue:
                Write((MatchValue)node);
                break;
            case MatchSingleton:
                Write((MatchSingleton)node);
                break;
            case MatchSequence:
                Write((MatchSequence)node);
                break;
            case MatchMapping:
                Write((MatchMapping)node);
                break;
            case MatchClass:
                Write((MatchClass)node);
                break;
            case MatchStar:
                Write((MatchStar)node);
                break;
            case MatchAs:
                Write((MatchAs)node);
                break;
            case MatchOr:
                Write((MatchOr)node);
                break;
            case TypeIgnore:
                Write((TypeIgnore)node);
                break;
            case TypeVar:
                Write((TypeVar)node);
                break;
            case ParamSpec:
                Write((ParamSpec)node);
                break;
            case TypeVarTuple:
                Write((TypeVarTuple)node);
                break;
            default:
                throw new ArgumentException($"no CPython form for {node.GetType().Name}", nameof(node));
        }
    }

    private void Write(Module n) => Open("Module").Field("body", n.Body).Field("type_ignores", n.TypeIgnores).Close();

    private void Write(Interactive n) => Open("Interactive").Field("body", n.Body).Close();

    private void Write(Expression n) => Open("Expression").Field("body", n.Body).Close();

    private void Write(FunctionType n) => Open("FunctionType").Field("argtypes", n.ArgTypes).Field("returns", n.Returns).Close();

    private void Write(FunctionDef n) => Function("FunctionDef", n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeComment, n.TypeParams);

    private void Write(AsyncFunctionDef n) => Function("AsyncFunctionDef", n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeComment, n.TypeParams);

    private void Write(ClassDef n) =>
        Open("ClassDef")
            .Field("name", n.Name)
            .Field("bases", n.Bases)
            .Field("keywords", n.Keywords)
            .Field("body", n.Body)
            .Field("decorator_list", n.DecoratorList)
            .Field("type_params", n.TypeParams)
            .Close(n);

    private void Write(Return n) => Open("Return").Field("value", n.Value).Close(n);

    private void Write(Delete n) => Open("Delete").Field("targets", n.Targets).Close(n);

    private void Write(Assign n) => Open("Assign").Field("targets", n.Targets).Field("value", n.Value).Field("type_comment", n.TypeComment).Close(n);

    private void Write(TypeAlias n) => Open("TypeAlias").Field("name", n.Name).Field("type_params", n.TypeParams).Field("value", n.Value).Close(n);

    private void Write(AugAssign n) => Open("AugAssign").Field("target", n.Target).Field("op", n.Op).Field("value", n.Value).Close(n);

    private void Write(AnnAssign n) =>
        Open("AnnAssign")
            .Field("target", n.Target)
            .Field("annotation", n.Annotation)
            .Field("value", n.Value)
            .Field("simple", n.Simple)
            .Close(n);

    private void Write(For n) => Loop("For", n, n.Target, n.Iter, n.Body, n.OrElse, n.TypeComment);

    private void Write(AsyncFor n) => Loop("AsyncFor", n, n.Target, n.Iter, n.Body, n.OrElse, n.TypeComment);

    private void Write(While n) => Open("While").Field("test", n.Test).Field("body", n.Body).Field("orelse", n.OrElse).Close(n);

    private void Write(If n) => Open("If").Field("test", n.Test).Field("body", n.Body).Field("orelse", n.OrElse).Close(n);

    private void Write(With n) => WithBlock("With", n, n.Items, n.Body, n.TypeComment);

    private void Write(AsyncWith n) => WithBlock("AsyncWith", n, n.Items, n.Body, n.TypeComment);

    private void Write(Match n) => Open("Match").Field("subject", n.Subject).Field("cases", n.Cases).Close(n);

    private void Write(Raise n) => Open("Raise").Field("exc", n.Exc).Field("cause", n.Cause).Close(n);

    private void Write(Try n) => TryBlock("Try", n, n.Body, n.Handlers, n.OrElse, n.FinalBody);

    private void Write(TryStar n) => TryBlock("TryStar", n, n.Body, n.Handlers, n.OrElse, n.FinalBody);

    private void Write(Assert n) => Open("Assert").Field("test", n.Test).Field("msg", n.Msg).Close(n);

    private void Write(Import n) => Open("Import").Field("names", n.Names).Close(n);

    private void Write(ImportFrom n) => Open("ImportFrom").Field("module", n.Module).Field("names", n.Names).Field("level", n.Level).Close(n);

    private void Write(Global n) => Open("Global").Field("names", n.Names).Close(n);

    private void Write(Nonlocal n) => Open("Nonlocal").Field("names", n.Names).Close(n);

    private void Write(ExprStmt n) => Open("Expr").Field("value", n.Value).Close(n);

    private void Write(Pass n) => Open("Pass").Close(n);

    private void Write(Break n) => Open("Break").Close(n);

    private void Write(Continue n) => Open("Continue").Close(n);

    private void Write(BoolOp n) => Open("BoolOp").Field("op", n.Op).Field("values", n.Values).Close(n);

    private void Write(NamedExpr n) => Open("NamedExpr").Field("target", n.Target).Field("value", n.Value).Close(n);

    private void Write(BinOp n) => Open("BinOp").Field("left", n.Left).Field("op", n.Op).Field("right", n.Right).Close(n);

    private void Write(UnaryOp n) => Open("UnaryOp").Field("op", n.Op).Field("operand", n.Operand).Close(n);

    private void Write(Lambda n) => Open("Lambda").Field("args", n.Args).Field("body", n.Body).Close(n);

    private void Write(IfExp n) => Open("IfExp").Field("test", n.Test).Field("body", n.Body).Field("orelse", n.OrElse).Close(n);

    private void Write(Dict n) => Open("Dict").Field("keys", n.Keys).Field("values", n.Values).Close(n);

    private void Write(Set n) => Open("Set").Field("elts", n.Elts).Close(n);

    private void Write(ListComp n) => Open("ListComp").Field("elt", n.Elt).Field("generators", n.Generators).Close(n);

    private void Write(SetComp n) => Open("SetComp").Field("elt", n.Elt).Field("generators", n.Generators).Close(n);

    private void Write(DictComp n) => Open("DictComp").Field("key", n.Key).Field("value", n.Value).Field("generators", n.Generators).Close(n);

    private void Write(GeneratorExp n) => Open("GeneratorExp").Field("elt", n.Elt).Field("generators", n.Generators).Close(n);

    private void Write(Await n) => Open("Await").Field("value", n.Value).Close(n);

    private void Write(Yield n) => Open("Yield").Field("value", n.Value).Close(n);

    private void Write(YieldFrom n) => Open("YieldFrom").Field("value", n.Value).Close(n);

    private void Write(Compare n) => Open("Compare").Field("left", n.Left).Field("ops", n.Ops).Field("comparators", n.Comparators).Close(n);

    private void Write(Call n) => Open("Call").Field("func", n.Func).Field("args", n.Args).Field("keywords", n.Keywords).Close(n);

    private void Write(FormattedValue n) =>
        Open("FormattedValue")
            .Field("value", n.Value)
            .Field("conversion", n.Conversion)
            .Field("format_spec", n.FormatSpec)
            .Close(n);

    private void Write(JoinedStr n) => Open("JoinedStr").Field("values", n.Values).Close(n);

    private void Write(Constant n) => Open("Constant").Field("value", n.Value).Field("kind", n.Kind).Close(n);

    private void Write(Attribute n) => Open("Attribute").Field("value", n.Value).Field("attr", n.Attr).Field("ctx", n.Ctx).Close(n);

    private void Write(Subscript n) => Open("Subscript").Field("value", n.Value).Field("slice", n.Slice).Field("ctx", n.Ctx).Close(n);

    private void Write(Starred n) => Open("Starred").Field("value", n.Value).Field("ctx", n.Ctx).Close(n);

    private void Write(Name n) => Open("Name").Field("id", n.Id).Field("ctx", n.Ctx).Close(n);

    private void Write(List n) => Open("List").Field("elts", n.Elts).Field("ctx", n.Ctx).Close(n);

    private void Write(Tuple n) => Open("Tuple").Field("elts", n.Elts).Field("ctx", n.Ctx).Close(n);

    private void Write(Slice n) => Open("Slice").Field("lower", n.Lower).Field("upper", n.Upper).Field("step", n.Step).Close(n);

    private void Write(Comprehension n) =>
        Open("comprehension")
            .Field("target", n.Target)
            .Field("iter", n.Iter)
            .Field("ifs", n.Ifs)
            .Field("is_async", n.IsAsync)
            .Close();

    private void Write(ExceptHandler n) => Open("ExceptHandler").Field("type", n.Type).Field("name", n.Name).Field("body", n.Body).Close(n);

    private void Write(Arguments n) =>
        Open("arguments")
            .Field("posonlyargs", n.PosOnlyArgs)
            .Field("args", n.Args)
            .Field("vararg", n.VarArg)
            .Field("kwonlyargs", n.KwOnlyArgs)
            .Field("kw_defaults", n.KwDefaults)
            .Field("kwarg", n.KwArg)
            .Field("defaults", n.Defaults)
            .Close();

    private void Write(Arg n) => Open("arg").Field("arg", n.Name).Field("annotation", n.Annotation).Field("type_comment", n.TypeComment).Close(n);

    private void Write(Keyword n) => Open("keyword").Field("arg", n.Arg).Field("value", n.Value).Close(n);

    private void Write(Alias n) => Open("alias").Field("name", n.Name).Field("asname", n.AsName).Close(n);

    private void Write(WithItem n) => Open("withitem").Field("context_expr", n.ContextExpr).Field("optional_vars", n.OptionalVars).Close();

    private void Write(MatchCase n) => Open("match_case").Field("pattern", n.Pattern).Field("guard", n.Guard).Field("body", n.Body).Close();

    private void Write(MatchValue n) => Open("MatchValue").Field("value", n.Value).Close(n);

    private void Write(MatchSingleton n) => Open("MatchSingleton").Field("value", n.Value).Close(n);

    private void Write(MatchSequence n) => Open("MatchSequence").Field("patterns", n.Patterns).Close(n);

    private void Write(MatchMapping n) => Open("MatchMapping").Field("keys", n.Keys).Field("patterns", n.Patterns).Field("rest", n.Rest).Close(n);

    private void Write(MatchClass n) =>
        Open("MatchClass")
            .Field("cls", n.Cls)
            .Field("patterns", n.Patterns)
            .Field("kwd_attrs", n.KwdAttrs)
            .Field("kwd_patterns", n.KwdPatterns)
            .Close(n);

    private void Write(MatchStar n) => Open("MatchStar").Field("name", n.Name).Close(n);

    private void Write(MatchAs n) => Open("MatchAs").Field("pattern", n.Pattern).Field("name", n.Name).Close(n);

    private void Write(MatchOr n) => Open("MatchOr").Field("patterns", n.Patterns).Close(n);

    private void Write(TypeIgnore n) => Open("TypeIgnore").Field("lineno", n.Lineno).Field("tag", n.Tag).Close();

    private void Write(TypeVar n) => Open("TypeVar").Field("name", n.Name).Field("bound", n.Bound).Close(n);

    private void Write(ParamSpec n) => Open("ParamSpec").Field("name", n.Name).Close(n);

    private void Write(TypeVarTuple n) => Open("TypeVarTuple").Field("name", n.Name).Close(n);

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

    private void WithBlock(string type, Node node, ImmutableArray<WithItem> items, ImmutableArray<Stmt> body, string? typeComment) =>
        Open(type).Field("items", items).Field("body", body).Field("type_comment", typeComment).Close(node);

    private void TryBlock(
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
