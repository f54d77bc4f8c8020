namespace Shipshape.Python.Text;

/// <summary>
/// A span of the decoded source text in UTF-16 char offsets; <see cref="End"/> is exclusive.
/// Line and column numbers come from <see cref="LineIndex"/>.
/// </summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range (bounds included).</summary>
    public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies in [Start, End).</summary>
    public bool Contains(int offset) => Start <= offset && offset < End;

    /// <summary>The smallest range covering both.</summary>
    public TextRange Cover(TextRange other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"{Start}..{End}";
}
