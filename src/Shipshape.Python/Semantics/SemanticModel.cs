using System.Collections.Immutable;
using System.Text;
using Shipshape.Python.Ast;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Python.Semantics;

/// <summary>
/// What can be known about a module without running it: the qualified names its imports bind,
/// its module-level constants, and the static values of expressions built from literals.
/// </summary>
public sealed class SemanticModel
{
    // Expressions nested deeper than this (long `+` chains, constants naming constants, cycles) are unknown.
    private const int MaxDepth = 200;

    private SemanticModel(ParsedModule parsed, IReadOnlyDictionary<string, string> imports, IReadOnlyDictionary<string, Expr> constants)
    {
        Parsed = parsed;
        Imports = imports;
        Constants = constants;
    }

    public ParsedModule Parsed { get; }

    /// <summary>Local name to the qualified name an import binds it to (see <see cref="ImportBindings"/>).</summary>
    public IReadOnlyDictionary<string, string> Imports { get; }

    /// <summary>Module-level names assigned once by a simple assignment, to their value expression.</summary>
    public IReadOnlyDictionary<string, Expr> Constants { get; }

    public static SemanticModel Build(ParsedModule parsed) =>
        new(parsed, ImportBindings.Collect(parsed.Module), ModuleConstants.Collect(parsed.Module));

    /// <summary>
    /// The dotted name an expression refers to, through imports: with <c>from flask import Flask as F</c>,
    /// <c>F</c> is "flask.Flask"; with <c>import os</c>, <c>os.path.join</c> is "os.path.join". A name
    /// no import binds stands for itself (builtins such as "print", and local names). Null for anything
    /// but a name or an attribute chain on a name.
    /// </summary>
    public string? QualifiedName(Expr expression)
    {
        // Asked for nearly every call and attribute of every module: build the one string the answer
        // needs and nothing else (a plain name allocates nothing).
        var root = expression;
        var parts = 0;
        while (root is Attribute attribute)
        {
            root = attribute.Value;
            parts++;
        }

        if (root is not Name name)
        {
            return null;
        }

        var head = Imports.TryGetValue(name.Id, out var imported) ? imported : name.Id;
        switch (parts)
        {
            case 0:
                return head;
            case 1:
                return string.Concat(head, ".", ((Attribute)expression).Attr);
            default:
                var attributes = new string[parts];
                for (var (i, current) = (parts - 1, expression); i >= 0; i--)
                {
                    var attribute = (Attribute)current;
                    attributes[i] = attribute.Attr;
                    current = attribute.Value;
                }

                return string.Concat(head, ".", string.Join('.', attributes));
        }
    }

    /// <summary>The qualified name of what a call calls, e.g. "flask.Flask" for <c>F(__name__)</c>.</summary>
    public string? CalleeName(Call call) => QualifiedName(call.Func);

    /// <summary>True when <paramref name="expression"/> refers to <paramref name="qualifiedName"/>.</summary>
    public bool Refers(Expr expression, string qualifiedName) => QualifiedName(expression) == qualifiedName;

    /// <summary>
    /// The value of an expression when it is known without running anything: literals, f-strings
    /// without replacement fields, <c>+</c> on strings or bytes, a negated number, and names of
    /// module constants. Null when unknown (<see cref="ConstantValue.None"/> is Python's None).
    /// </summary>
    public ConstantValue? StaticValue(Expr expression) => StaticValue(expression, 0);

    /// <summary>The static value of an expression when it is a string, else null.</summary>
    public string? StaticString(Expr expression) =>
        StaticValue(expression) is ConstantValue.StrValue text ? text.Value : null;

    private ConstantValue? StaticValue(Expr expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case Constant constant:
                return constant.Value;
            case JoinedStr joined:
                return JoinedString(joined);
            case BinOp { Op: Operator.Add } sum:
                return Concatenate(StaticValue(sum.Left, depth + 1), StaticValue(sum.Right, depth + 1));
            case UnaryOp { Op: UnaryOperator.USub } negation:
                return StaticValue(negation.Operand, depth + 1) switch
                {
                    ConstantValue.IntValue number => new ConstantValue.IntValue(-number.Value),
                    ConstantValue.FloatValue number => new ConstantValue.FloatValue(-number.Value),
                    _ => null,
                };
            case Name name when Constants.TryGetValue(name.Id, out var value):
                return StaticValue(value, depth + 1);
            default:
                return null;
        }
    }

    private static ConstantValue? JoinedString(JoinedStr joined)
    {
        var text = new StringBuilder();
        foreach (var part in joined.Values)
        {
            if (part is not Constant { Value: ConstantValue.StrValue literal })
            {
                return null;
            }

            text.Append(literal.Value);
        }

        return new ConstantValue.StrValue(text.ToString());
    }

    private static ConstantValue? Concatenate(ConstantValue? left, ConstantValue? right) => (left, right) switch
    {
        (ConstantValue.StrValue a, ConstantValue.StrValue b) => new ConstantValue.StrValue(a.Value + b.Value),
        (ConstantValue.BytesValue a, ConstantValue.BytesValue b) => new ConstantValue.BytesValue(a.Value.AddRange(b.Value)),
        _ => null,
    };
}
