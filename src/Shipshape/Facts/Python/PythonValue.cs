using System.Collections.Immutable;
using System.Numerics;
using Shipshape.Model;
using Shipshape.Python.Ast;

namespace Shipshape.Facts.Python;

/// <summary>
/// What an expression is worth when the app starts in production, as far as reading it can tell:
/// a literal (integer arithmetic on literals included), a list of literal strings, a duration, a value
/// read from the environment (with the default that runs when the variable is unset), a value made
/// up at random at every start, or unknown.
/// Every value keeps the location of the expression that decides it (the literal, the default).
/// </summary>
public abstract record PythonValue(Location Location)
{
    /// <summary>A literal (possibly reached through module constants).</summary>
    public sealed record Literal(ConstantValue Value, Location Location) : PythonValue(Location)
    {
        public override string ToString() => Describe(Value);
    }

    /// <summary>A list, tuple or set of literal strings.</summary>
    public sealed record StringList(ImmutableArray<string> Items, Location Location) : PythonValue(Location)
    {
        public override string ToString() => "[" + string.Join(", ", Items.Select(i => $"'{i}'")) + "]";
    }

    /// <summary><c>os.getenv(Variable, Default)</c> and friends; <see cref="Default"/> is null when there is none.</summary>
    public sealed record Environment(string Variable, PythonValue? Default, Location Location) : PythonValue(Location)
    {
        public override string ToString() => Default is null ? $"env {Variable}" : $"env {Variable} (default {Default})";
    }

    /// <summary>Made at random by <see cref="Function"/> at every start (<c>os.urandom</c>, <c>secrets.token_hex</c>).</summary>
    public sealed record Random(string Function, Location Location) : PythonValue(Location)
    {
        public override string ToString() => $"random ({Function})";
    }

    /// <summary>A <c>datetime.timedelta(...)</c> of literal figures (<c>timedelta(days=30)</c>).</summary>
    public sealed record Duration(TimeSpan Value, Location Location) : PythonValue(Location)
    {
        public override string ToString() => $"timedelta {Value}";
    }

    /// <summary>Anything else; <see cref="Text"/> is the source of the expression.</summary>
    public sealed record Unknown(string Text, Location Location) : PythonValue(Location)
    {
        public override string ToString() => $"unknown ({Text})";
    }

    /// <summary>The value used when nothing is set in the environment: the default of an environment read, else itself.</summary>
    public PythonValue? WhenUnset => this is Environment environment ? environment.Default?.WhenUnset : this;

    /// <summary>True for a literal Python considers true-ish as a flag: True, a non-zero number, "1", "true", "yes", "on".</summary>
    public bool IsTruthyLiteral => this is Literal { Value: var value } && value switch
    {
        ConstantValue.BoolValue b => b.Value,
        ConstantValue.IntValue n => n.Value != BigInteger.Zero,
        ConstantValue.StrValue s => s.Value.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on" or "y",
        _ => false,
    };

    /// <summary>The literal string, or null.</summary>
    public string? AsString => this is Literal { Value: ConstantValue.StrValue text } ? text.Value : null;

    /// <summary>The literal integer, or null.</summary>
    public BigInteger? AsInteger => this is Literal { Value: ConstantValue.IntValue number } ? number.Value : null;

    /// <summary>True for a literal <c>True</c>/<c>False</c> equal to <paramref name="expected"/>.</summary>
    public bool IsBool(bool expected) => this is Literal { Value: ConstantValue.BoolValue b } && b.Value == expected;

    private static string Describe(ConstantValue value) => value switch
    {
        ConstantValue.StrValue s => $"'{s.Value}'",
        ConstantValue.BoolValue b => b.Value ? "True" : "False",
        ConstantValue.IntValue n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConstantValue.FloatValue f => f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConstantValue.NoneValue => "None",
        _ => value.GetType().Name,
    };
}
