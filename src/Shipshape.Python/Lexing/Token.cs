namespace Shipshape.Python.Lexing;

/// <summary>One token: its kind and its UTF-16 range in the decoded source (end exclusive).
/// Tokens carry no text; whoever needs it slices the source.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}
