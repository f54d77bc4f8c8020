using System.Collections.Immutable;
using System.Numerics;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Facts.Python;

/// <summary>
/// Reads an expression as a <see cref="PythonValue"/> without running it: literals and module
/// constants through the semantic model, environment reads (<c>os.getenv</c>, <c>os.environ.get</c>,
/// <c>os.environ[...]</c>, <c>x or default</c>), random generators, and the usual wrappers around
/// them (<c>int(...)</c>, <c>.lower()</c>, <c>== 'true'</c>) applied to the default.
/// </summary>
public sealed class PythonValueReader(FileContext file)
{
    private const int MaxDepth = 16;

    private static readonly HashSet<string> EnvironmentReads = new(StringComparer.Ordinal)
    {
        "os.getenv", "os.environ.get", "environ.get", "os.environ.setdefault",
    };

    private static readonly HashSet<string> RandomSources = new(StringComparer.Ordinal)
    {
        "os.urandom", "secrets.token_hex", "secrets.token_urlsafe", "secrets.token_bytes", "uuid.uuid4", "uuid.uuid1",
        "random.random", "random.getrandbits", "django.core.management.utils.get_random_secret_key",
    };

    // Conversions that keep the meaning of an environment value: int("1") is still "on".
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "int", "bool", "str", "float" };
    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
        { "lower", "upper", "strip", "casefold", "hex", "decode", "encode", "title" };

    private SemanticModel Semantics => file.Python.Semantics;

    public PythonValue Read(Expr expression) => Read(expression, 0);

    private PythonValue Read(Expr expression, int depth)
    {
        var location = file.LocationOf(expression.Range);
        if (depth > MaxDepth) return Unknown(expression);
        switch (expression)
        {
            case Name name when Semantics.Constants.TryGetValue(name.Id, out var constant):
                return Read(constant, depth + 1);
            case Constant constant:
                return new PythonValue.Literal(constant.Value, location);
            case List list:
                return Strings(list.Elts, expression);
            case Tuple tuple:
                return Strings(tuple.Elts, expression);
            case Set set:
                return Strings(set.Elts, expression);
            case Subscript { Value: var owner, Slice: var key } when Semantics.QualifiedName(owner) is "os.environ" or "environ":
                return Semantics.StaticString(key) is { } variable ? new PythonValue.Environment(variable, null, location) : Unknown(expression);
            case BoolOp { Op: BoolOperator.Or, Values: [var first, .., var last] }:
                // `os.getenv('X') or 'fallback'`: the fallback is what runs when X is unset or empty.
                return Read(first, depth + 1) is PythonValue.Environment { Default: null } read
                    ? read with { Default = Read(last, depth + 1) }
                    : Unknown(expression);
            case BinOp arithmetic when Arithmetic(arithmetic, depth) is { } number:
                // 10 * 1024 * 1024: sizes and periods are written as products.
                return new PythonValue.Literal(new ConstantValue.IntValue(number), location);
            case Compare { Left: var left, Ops: [var op], Comparators: [var right] }:
                return Comparison(expression, Read(left, depth + 1), op, right);
            case Call call:
                return CallValue(call, depth);
        }

        return Semantics.StaticValue(expression) is { } value ? new PythonValue.Literal(value, location) : Unknown(expression);
    }

    private PythonValue CallValue(Call call, int depth)
    {
        var callee = Semantics.CalleeName(call);
        if (callee is not null && EnvironmentReads.Contains(callee))
        {
            if (call.Argument(0, "key") is not { } key || Semantics.StaticString(key) is not { } variable) return Unknown(call);
            var fallback = call.Argument(1, "default");
            return new PythonValue.Environment(variable, fallback is null ? null : Read(fallback, depth + 1), file.LocationOf(call.Range));
        }

        if (callee is not null && RandomSources.Contains(callee)) return new PythonValue.Random(callee, file.LocationOf(call.Range));
        if (callee is "datetime.timedelta" && Duration(call, depth) is { } duration) return new PythonValue.Duration(duration, file.LocationOf(call.Range));
        if (callee is not null && Wrappers.Contains(callee) && call.Args.Length == 1) return Read(call.Args[0], depth + 1);
        if (call.Func is Attribute { Value: var receiver, Attr: var method } && StringMethods.Contains(method))
        {
            var inner = Read(receiver, depth + 1);
            return inner is PythonValue.Unknown ? Unknown(call) : inner;
        }

        return Unknown(call);
    }

    /// <summary>Integer <c>+ - * // **</c> on operands that read as integer literals; null otherwise (string <c>+</c> is left to the semantic model).</summary>
    private BigInteger? Arithmetic(BinOp operation, int depth)
    {
        if (operation.Op is not (Operator.Add or Operator.Sub or Operator.Mult or Operator.FloorDiv or Operator.Pow)) return null;
        if (Read(operation.Left, depth + 1).AsInteger is not { } left || Read(operation.Right, depth + 1).AsInteger is not { } right) return null;
        return operation.Op switch
        {
            Operator.Add => left + right,
            Operator.Sub => left - right,
            Operator.Mult => left * right,
            Operator.FloorDiv => right.IsZero ? null : FloorDivide(left, right),
            _ => right >= 0 && right <= 64 ? BigInteger.Pow(left, (int)right) : null,
        };
    }

    /// <summary>Python's <c>//</c>: rounds towards negative infinity, where C# truncates.</summary>
    private static BigInteger FloorDivide(BigInteger left, BigInteger right)
    {
        var quotient = BigInteger.DivRem(left, right, out var remainder);
        return !remainder.IsZero && (left.Sign < 0) != (right.Sign < 0) ? quotient - 1 : quotient;
    }

    /// <summary><c>timedelta(days=30)</c>, <c>timedelta(0, 3600)</c>: every argument a literal number, else null.</summary>
    private TimeSpan? Duration(Call call, int depth)
    {
        string[] positional = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
        var total = 0.0;
        var arguments = call.Args.Select((a, i) => (Unit: i < positional.Length ? positional[i] : null, Value: a))
            .Concat(call.Keywords.Select(k => (Unit: k.Arg, k.Value)));
        foreach (var (unit, value) in arguments)
        {
            if (unit is null || Number(Read(value, depth + 1)) is not { } amount || DurationUnits.Seconds(unit) is not { } seconds) return null;
            total += amount * seconds;
        }
        return TimeSpan.FromSeconds(total);
    }

    private static double? Number(PythonValue value) => value switch
    {
        PythonValue.Literal { Value: ConstantValue.IntValue n } => (double)n.Value,
        PythonValue.Literal { Value: ConstantValue.FloatValue f } => f.Value,
        _ => null,
    };

    // `os.getenv('DEBUG', 'False').lower() == 'true'`: the comparison decided on the default.
    private PythonValue Comparison(Expr expression, PythonValue left, CmpOp op, Expr right)
    {
        if (left is not PythonValue.Environment { Default: var fallback } read) return Unknown(expression);
        var candidates = right switch
        {
            Tuple or List or Set => Read(right) is PythonValue.StringList list ? list.Items : [],
            _ => Semantics.StaticString(right) is { } text ? [text] : ImmutableArray<string>.Empty,
        };
        if (candidates.IsEmpty) return Unknown(expression);
        var defaultText = fallback?.AsString ?? (fallback is PythonValue.Literal { Value: ConstantValue.BoolValue b } ? (b.Value ? "True" : "False") : null);
        PythonValue? decided = defaultText is null && fallback is null
            ? new PythonValue.Literal(ConstantValue.False, read.Location)
            : defaultText is null ? null : new PythonValue.Literal(
                new ConstantValue.BoolValue(op switch
                {
                    CmpOp.Eq or CmpOp.In => candidates.Contains(defaultText.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase),
                    CmpOp.NotEq or CmpOp.NotIn => !candidates.Contains(defaultText, StringComparer.OrdinalIgnoreCase),
                    _ => false,
                }), fallback!.Location);
        return decided is null ? Unknown(expression) : read with { Default = decided };
    }

    private PythonValue Strings(ImmutableArray<Expr> elements, Expr expression)
    {
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var element in elements)
        {
            if (Semantics.StaticString(element) is not { } text) return Unknown(expression);
            items.Add(text);
        }

        return new PythonValue.StringList(items.ToImmutable(), file.LocationOf(expression.Range));
    }

    private PythonValue.Unknown Unknown(Expr expression) =>
        new(file.Python.Parsed.Text(expression.Range), file.LocationOf(expression.Range));
}
