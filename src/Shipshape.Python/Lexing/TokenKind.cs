namespace Shipshape.Python.Lexing;

/// <summary>The kinds of token the lexer produces. Keywords are their own kinds; soft keywords
/// (<c>match</c>, <c>case</c>, <c>type</c>, <c>_</c>) stay <see cref="Name"/>.</summary>
public enum TokenKind : byte
{
    EndOfFile,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    /// <summary>A complete non-f string literal, prefix and quotes included.</summary>
    String,
    /// <summary>The prefix and opening quote(s) of an f-string (PEP 701).</summary>
    FStringStart,
    /// <summary>Literal text of an f-string or of a format spec, escapes undecoded.</summary>
    FStringMiddle,
    FStringEnd,
    /// <summary>Characters that form no token; the lexer has reported why.</summary>
    Error,
    /// <summary>A comment; kept in <see cref="LexResult.Comments"/>, never in the token list.</summary>
    Comment,

    LParen, RParen, LBracket, RBracket, LBrace, RBrace,
    Colon, Comma, Semicolon, Dot, Ellipsis, Arrow, ColonEqual, Exclamation,
    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, At,
    VBar, Amper, Circumflex, Tilde, LeftShift, RightShift,
    Less, Greater, Equal, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinusEqual, StarEqual, DoubleStarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
    AtEqual, VBarEqual, AmperEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,

    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
