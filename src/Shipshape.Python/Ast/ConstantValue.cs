using System.Collections.Immutable;
using System.Numerics;

namespace Shipshape.Python.Ast;

/// <summary>
/// The value of a <see cref="Constant"/> or <see cref="MatchSingleton"/>: a closed set of the
/// literal kinds Python source can produce.
/// </summary>
public abstract record ConstantValue
{
    public static readonly ConstantValue None = new NoneValue();
    public static readonly ConstantValue True = new BoolValue(true);
    public static readonly ConstantValue False = new BoolValue(false);
    public static readonly ConstantValue Ellipsis = new EllipsisValue();

    private ConstantValue()
    {
    }

    public sealed record NoneValue : ConstantValue;

    public sealed record BoolValue(bool Value) : ConstantValue;

    /// <summary>An integer literal of any size (decimal, hex, octal or binary in the source).</summary>
    public sealed record IntValue(BigInteger Value) : ConstantValue;

    public sealed record FloatValue(double Value) : ConstantValue;

    /// <summary>An imaginary literal such as <c>2j</c>; its real part is always 0.</summary>
    public sealed record ComplexValue(double Imag) : ConstantValue;

    public sealed record StrValue(string Value) : ConstantValue;

    public sealed record BytesValue(ImmutableArray<byte> Value) : ConstantValue
    {
        public bool Equals(BytesValue? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value.AsSpan());

        public override int GetHashCode() => Value.Length;
    }

    public sealed record EllipsisValue : ConstantValue;
}
