using Shipshape.Python.Text;

namespace Shipshape.Python;

/// <summary>A <c>#</c> comment; <see cref="Text"/> includes the <c>#</c>, not the line break.</summary>
public sealed record Comment(TextRange Range, string Text);
