namespace Shipshape.Python.Lexing;

/// <summary>An error found while tokenizing: CPython's message and the offending UTF-16 range.</summary>
public readonly record struct LexicalError(string Message, int Start, int End);
